<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>General procedure through the land commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application forwarded to the land-relations body and architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoning check and materials to the land commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land commission conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion handed to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land management project prepared and approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved project sent to the akimat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akimat decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction plot in a town or village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application to the architecture unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act of selection, situation scheme, APZ, TU questionnaire, topography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving bodies&apos; conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural monopolies issue technical conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final act of selection with APZ, TU and topography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant approves the final act and pays the cadastral works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land-cadastral plan made by GosCorp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land-cadastral plan approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant in a city, fully electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akimat sends the application to the architecture unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture checks the request against the approved urban-planning document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotment scheme formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme sent to all approvers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvers&apos; conclusions without reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme sent to the applicant&apos;s cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant approves the allotment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme to the land-relations body for a draft decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free IZhS plot from the queue on a prepared site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue entry checked against GosCorp&apos;s record of earlier free IZhS grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot on the prepared site checked against the approved urban-planning document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotment scheme formed and sent to all approvers at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
