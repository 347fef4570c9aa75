<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>General procedure through the land commission</source>
        <translation>Общий порядок через земельную комиссию</translation>
    </message>
    <message>
        <source>Application forwarded to the land-relations body and architecture</source>
        <translation>Заявление направлено в уполномоченный орган по земельным отношениям и архитектуру</translation>
    </message>
    <message>
        <source>Zoning check and materials to the land commission</source>
        <translation>Проверка зонирования и материалы в земельную комиссию</translation>
    </message>
    <message>
        <source>Land commission conclusion</source>
        <translation>Заключение земельной комиссии</translation>
    </message>
    <message>
        <source>Conclusion handed to the applicant</source>
        <translation>Заключение выдано заявителю</translation>
    </message>
    <message>
        <source>Land management project prepared and approved</source>
        <translation>Землеустроительный проект подготовлен и утверждён</translation>
    </message>
    <message>
        <source>Approved project sent to the akimat</source>
        <translation>Утверждённый проект направлен в акимат</translation>
    </message>
    <message>
        <source>Akimat decision</source>
        <translation>Решение акимата</translation>
    </message>
    <message>
        <source>Construction plot in a town or village</source>
        <translation>Участок под строительство в городе или селе</translation>
    </message>
    <message>
        <source>Application to the architecture unit</source>
        <translation>Заявление в подразделение архитектуры</translation>
    </message>
    <message>
        <source>Act of selection, situation scheme, APZ, TU questionnaire, topography</source>
        <translation>Акт выбора, ситуационная схема, АПЗ, опросный лист ТУ, топосъёмка</translation>
    </message>
    <message>
        <source>Approving bodies&apos; conclusions</source>
        <translation>Заключения согласующих органов</translation>
    </message>
    <message>
        <source>Natural monopolies issue technical conditions</source>
        <translation>Субъекты естественных монополий выдают технические условия</translation>
    </message>
    <message>
        <source>Final act of selection with APZ, TU and topography</source>
        <translation>Окончательный акт выбора с АПЗ, ТУ и топосъёмкой</translation>
    </message>
    <message>
        <source>Applicant approves the final act and pays the cadastral works</source>
        <translation>Заявитель согласует окончательный акт и оплачивает кадастровые работы</translation>
    </message>
    <message>
        <source>Land-cadastral plan made by GosCorp</source>
        <translation>Земельно-кадастровый план изготовлен Госкорпорацией</translation>
    </message>
    <message>
        <source>Land-cadastral plan approved</source>
        <translation>Земельно-кадастровый план утверждён</translation>
    </message>
    <message>
        <source>Grant in a city, fully electronic</source>
        <translation>Предоставление в городе, полностью в электронном виде</translation>
    </message>
    <message>
        <source>Akimat sends the application to the architecture unit</source>
        <translation>Акимат направляет заявление в подразделение архитектуры</translation>
    </message>
    <message>
        <source>Architecture checks the request against the approved urban-planning document</source>
        <translation>Архитектура проверяет запрос на соответствие утверждённой градостроительной документации</translation>
    </message>
    <message>
        <source>Allotment scheme formed</source>
        <translation>Сформирована схема отвода</translation>
    </message>
    <message>
        <source>Scheme sent to all approvers at once</source>
        <translation>Схема направлена одновременно всем согласующим</translation>
    </message>
    <message>
        <source>Approvers&apos; conclusions without reservations</source>
        <translation>Заключения согласующих без замечаний</translation>
    </message>
    <message>
        <source>Scheme sent to the applicant&apos;s cabinet</source>
        <translation>Схема направлена в личный кабинет заявителя</translation>
    </message>
    <message>
        <source>Applicant approves the allotment scheme</source>
        <translation>Заявитель согласует схему отвода</translation>
    </message>
    <message>
        <source>Scheme to the land-relations body for a draft decision</source>
        <translation>Схема в орган по земельным отношениям для проекта решения</translation>
    </message>
    <message>
        <source>Free IZhS plot from the queue on a prepared site</source>
        <translation>Бесплатный участок под ИЖС из очереди на подготовленном массиве</translation>
    </message>
    <message>
        <source>Queue entry checked against GosCorp&apos;s record of earlier free IZhS grants</source>
        <translation>Очередь сверена с учётом Госкорпорации о ранее бесплатно предоставленных участках под ИЖС</translation>
    </message>
    <message>
        <source>Plot on the prepared site checked against the approved urban-planning document</source>
        <translation>Участок на подготовленном массиве проверен на соответствие утверждённой градостроительной документации</translation>
    </message>
    <message>
        <source>Allotment scheme formed and sent to all approvers at once</source>
        <translation>Схема отвода сформирована и направлена одновременно всем согласующим</translation>
    </message>
    <message>
        <source>A demo district of {parcels:,} parcels is too small to hold a town, a DPP, a village and its applications.</source>
        <translation>Демонстрационный район из {parcels:,} участков слишком мал, чтобы вместить город, ПДП, село и заявления.</translation>
    </message>
    <message>
        <source>Ask for at least {minimum:,} parcels.</source>
        <translation>Укажите не менее {minimum:,} участков.</translation>
    </message>
    <message>
        <source>LandDesk was not closed properly last time (a crash, a kill or a power cut). The cache was checked: the database and its spatial indexes are intact, and everything saved is there.</source>
        <translation>В прошлый раз LandDesk был закрыт некорректно (сбой, принудительное завершение или отключение питания). Кэш проверен: база данных и её пространственные индексы целы, всё сохранённое на месте.</translation>
    </message>
    <message>
        <source>LandDesk was not closed properly last time, and the check found: {problems}. Nothing was changed. Restore the cache from a backup or clone the district again; send the log to your administrator.</source>
        <translation>В прошлый раз LandDesk был закрыт некорректно, и проверка обнаружила: {problems}. Ничего не изменено. Восстановите кэш из резервной копии или заново клонируйте район; отправьте журнал администратору.</translation>
    </message>
    <message>
        <source>The edit was not made: {reason}.</source>
        <translation>Правка не выполнена: {reason}.</translation>
    </message>
    <message>
        <source>{todo}</source>
        <translation>{todo}</translation>
    </message>
    <message>
        <source>the feature has no part {part}</source>
        <translation>у объекта нет части {part}</translation>
    </message>
    <message>
        <source>Choose a vertex of the feature.</source>
        <translation>Выберите вершину объекта.</translation>
    </message>
    <message>
        <source>a line needs at least two points</source>
        <translation>линии нужны хотя бы две точки</translation>
    </message>
    <message>
        <source>Delete the line instead.</source>
        <translation>Вместо этого удалите линию.</translation>
    </message>
    <message>
        <source>the outline would be invalid ({why})</source>
        <translation>контур станет некорректным ({why})</translation>
    </message>
    <message>
        <source>Place the vertex so the boundary does not cross itself.</source>
        <translation>Поставьте вершину так, чтобы граница не пересекала себя.</translation>
    </message>
    <message>
        <source>there is no such vertex</source>
        <translation>такой вершины нет</translation>
    </message>
    <message>
        <source>Delete the feature instead.</source>
        <translation>Вместо этого удалите объект.</translation>
    </message>
    <message>
        <source>the feature has no vertices</source>
        <translation>у объекта нет вершин</translation>
    </message>
    <message>
        <source>Choose another feature.</source>
        <translation>Выберите другой объект.</translation>
    </message>
    <message>
        <source>only a single polygon can be reshaped</source>
        <translation>изменить границу можно только у одного полигона</translation>
    </message>
    <message>
        <source>Reshape each part on its own.</source>
        <translation>Меняйте каждую часть отдельно.</translation>
    </message>
    <message>
        <source>the line does not meet the boundary twice</source>
        <translation>линия не пересекает границу дважды</translation>
    </message>
    <message>
        <source>Start and end the line on the boundary (snapping helps).</source>
        <translation>Начните и закончите линию на границе (поможет привязка).</translation>
    </message>
    <message>
        <source>the reshaped outline would not be one valid polygon</source>
        <translation>изменённый контур не будет одним корректным полигоном</translation>
    </message>
    <message>
        <source>Draw the line again.</source>
        <translation>Нарисуйте линию заново.</translation>
    </message>
    <message>
        <source>only a single polygon can be split</source>
        <translation>разделить можно только один полигон</translation>
    </message>
    <message>
        <source>Split each part on its own.</source>
        <translation>Делите каждую часть отдельно.</translation>
    </message>
    <message>
        <source>the line does not cross the polygon from edge to edge</source>
        <translation>линия не пересекает полигон от края до края</translation>
    </message>
    <message>
        <source>Draw the cutting line so that it starts and ends outside the polygon.</source>
        <translation>Проведите линию разреза так, чтобы она начиналась и заканчивалась вне полигона.</translation>
    </message>
    <message>
        <source>merging needs at least two features</source>
        <translation>для объединения нужны хотя бы два объекта</translation>
    </message>
    <message>
        <source>Select the features to merge.</source>
        <translation>Выберите объекты для объединения.</translation>
    </message>
    <message>
        <source>the features do not share an edge</source>
        <translation>у объектов нет общей стороны</translation>
    </message>
    <message>
        <source>Merge only neighbouring features.</source>
        <translation>Объединяйте только соседние объекты.</translation>
    </message>
    <message>
        <source>«{value}» is not a valid cadastral number: {reason}.</source>
        <translation>«{value}» — недопустимый кадастровый номер: {reason}.</translation>
    </message>
    <message>
        <source>Enter it as RR-DDD-QQQ-NNN or RR-DDD-QQQ-NNNN (region, district, quarter, plot).</source>
        <translation>Введите в виде RR-DDD-QQQ-NNN или RR-DDD-QQQ-NNNN (область, район, квартал, участок).</translation>
    </message>
    <message>
        <source>«{value}» is not a valid IIN/BIN: {reason}.</source>
        <translation>«{value}» — недопустимый ИИН/БИН: {reason}.</translation>
    </message>
    <message>
        <source>Check the 12 digits against the applicant&apos;s identity document.</source>
        <translation>Сверьте 12 цифр с удостоверением личности заявителя.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>architecture check</source>
        <translation>проверка архитектурой</translation>
    </message>
    <message>
        <source>allotment scheme</source>
        <translation>схема отвода</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>согласования</translation>
    </message>
    <message>
        <source>applicant approval</source>
        <translation>согласование заявителем</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>IZhS</source>
        <translation>ИЖС</translation>
    </message>
    <message>
        <source>LPH</source>
        <translation>ЛПХ</translation>
    </message>
    <message>
        <source>gardening</source>
        <translation>садоводство</translation>
    </message>
    <message>
        <source>dacha</source>
        <translation>дача</translation>
    </message>
    <message>
        <source>vegetable plot</source>
        <translation>огородничество</translation>
    </message>
    <message>
        <source>farm</source>
        <translation>КФХ</translation>
    </message>
    <message>
        <source>agricultural production</source>
        <translation>сельхозпроизводство</translation>
    </message>
    <message>
        <source>multi-storey housing</source>
        <translation>многоэтажное жильё</translation>
    </message>
    <message>
        <source>public building</source>
        <translation>социальный объект</translation>
    </message>
    <message>
        <source>commercial</source>
        <translation>коммерческое</translation>
    </message>
    <message>
        <source>industrial</source>
        <translation>производственное</translation>
    </message>
    <message>
        <source>building</source>
        <translation>здания и сооружения</translation>
    </message>
    <message>
        <source>infrastructure</source>
        <translation>инфраструктура</translation>
    </message>
    <message>
        <source>common use</source>
        <translation>общее пользование</translation>
    </message>
    <message>
        <source>recreation</source>
        <translation>рекреация</translation>
    </message>
    <message>
        <source>subsoil use</source>
        <translation>недропользование</translation>
    </message>
    <message>
        <source>agricultural land</source>
        <translation>земли сельхозназначения</translation>
    </message>
    <message>
        <source>settlement land</source>
        <translation>земли населённых пунктов</translation>
    </message>
    <message>
        <source>industry and transport</source>
        <translation>земли промышленности и транспорта</translation>
    </message>
    <message>
        <source>protected areas</source>
        <translation>особо охраняемые территории</translation>
    </message>
    <message>
        <source>forest fund</source>
        <translation>лесной фонд</translation>
    </message>
    <message>
        <source>water fund</source>
        <translation>водный фонд</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>запас</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <source>free</source>
        <translation>свободен</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>зарезервирован</translation>
    </message>
    <message>
        <source>under application</source>
        <translation>по заявлению</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>изъят</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>погашен</translation>
    </message>
    <message>
        <source>private ownership</source>
        <translation>частная собственность</translation>
    </message>
    <message>
        <source>permanent use</source>
        <translation>постоянное пользование</translation>
    </message>
    <message>
        <source>short-term lease</source>
        <translation>краткосрочная аренда</translation>
    </message>
    <message>
        <source>long-term lease</source>
        <translation>долгосрочная аренда</translation>
    </message>
    <message>
        <source>free use</source>
        <translation>безвозмездное пользование</translation>
    </message>
    <message>
        <source>service allotment</source>
        <translation>служебный надел</translation>
    </message>
    <message>
        <source>state land</source>
        <translation>государственная земля</translation>
    </message>
    <message>
        <source>private servitude</source>
        <translation>частный сервитут</translation>
    </message>
    <message>
        <source>public servitude</source>
        <translation>публичный сервитут</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>залог</translation>
    </message>
    <message>
        <source>protection zone</source>
        <translation>охранная зона</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>Approving body</source>
        <translation>Согласующий орган</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Сетевая организация</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation>Госкорпорация</translation>
    </message>
    <message>
        <source>open</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>отрицательно</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>одобрение</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>отмена</translation>
    </message>
    <message>
        <source>general plan</source>
        <translation>генеральный план</translation>
    </message>
    <message>
        <source>DPP</source>
        <translation>ПДП</translation>
    </message>
    <message>
        <source>development scheme</source>
        <translation>схема развития</translation>
    </message>
    <message>
        <source>building project</source>
        <translation>проект застройки</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>заменён</translation>
    </message>
    <message>
        <source>residential</source>
        <translation>жилая</translation>
    </message>
    <message>
        <source>social</source>
        <translation>социальная</translation>
    </message>
    <message>
        <source>other</source>
        <translation>иная</translation>
    </message>
    <message>
        <source>individual housing</source>
        <translation>индивидуальная жилая застройка</translation>
    </message>
    <message>
        <source>public and business</source>
        <translation>общественно-деловая</translation>
    </message>
    <message>
        <source>trade and services</source>
        <translation>торговля и услуги</translation>
    </message>
    <message>
        <source>agricultural</source>
        <translation>сельскохозяйственная</translation>
    </message>
    <message>
        <source>special</source>
        <translation>специальная</translation>
    </message>
    <message>
        <source>defence</source>
        <translation>оборона</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>участки</translation>
    </message>
    <message>
        <source>plan zones</source>
        <translation>зоны плана</translation>
    </message>
    <message>
        <source>red lines</source>
        <translation>красные линии</translation>
    </message>
    <message>
        <source>settlement boundaries</source>
        <translation>границы населённых пунктов</translation>
    </message>
    <message>
        <source>requested plots</source>
        <translation>испрашиваемые участки</translation>
    </message>
    <message>
        <source>geometry valid</source>
        <translation>геометрия корректна</translation>
    </message>
    <message>
        <source>coordinates plausible</source>
        <translation>координаты правдоподобны</translation>
    </message>
    <message>
        <source>inside settlement</source>
        <translation>в границах населённого пункта</translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation>нет наложений</translation>
    </message>
    <message>
        <source>plan covers</source>
        <translation>есть план</translation>
    </message>
    <message>
        <source>zone permits</source>
        <translation>зона допускает</translation>
    </message>
    <message>
        <source>no red lines</source>
        <translation>нет красных линий</translation>
    </message>
    <message>
        <source>size norm</source>
        <translation>норма площади</translation>
    </message>
    <message>
        <source>water 500 m</source>
        <translation>вода 500 м</translation>
    </message>
    <message>
        <source>no competing</source>
        <translation>нет конкурирующих</translation>
    </message>
    <message>
        <source>water protection</source>
        <translation>водоохранная зона</translation>
    </message>
    <message>
        <source>applicant of age</source>
        <translation>совершеннолетие заявителя</translation>
    </message>
    <message>
        <source>applicant citizenship</source>
        <translation>гражданство заявителя</translation>
    </message>
    <message>
        <source>free grant once in a lifetime</source>
        <translation>безвозмездное предоставление один раз в жизни</translation>
    </message>
    <message>
        <source>IZhS special register</source>
        <translation>специальный учёт (очередь) на ИЖС</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>не пройдена</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>не выполнялась</translation>
    </message>
    <message>
        <source>Application {number} cannot move from {current} to {target}: {reason}.</source>
        <translation>Заявление {number} не может перейти из «{current}» в «{target}»: {reason}.</translation>
    </message>
    <message>
        <source>a negative conclusion is on record ({steps})</source>
        <translation>имеется отрицательное заключение ({steps})</translation>
    </message>
    <message>
        <source>A negative conclusion leads to a motivated refusal (Art. 44-2 p.10, Art. 44-1 p.4); only the head can approve over it, with an override.</source>
        <translation>Отрицательное заключение ведёт к мотивированному отказу (ст. 44-2 п. 10, ст. 44-1 п. 4); одобрить вопреки ему может только руководитель, с записанным обоснованием.</translation>
    </message>
    <message>
        <source>pre-checks failed ({checks})</source>
        <translation>не пройдены предварительные проверки ({checks})</translation>
    </message>
    <message>
        <source>Refuse with the failed checks&apos; grounds, or correct the data and check again.</source>
        <translation>Откажите по основаниям непройденных проверок или исправьте данные и проверьте снова.</translation>
    </message>
    <message>
        <source>approvals or technical conditions still open: {count}</source>
        <translation>не закрыто согласований или технических условий: {count}</translation>
    </message>
    <message>
        <source>Record each approving body&apos;s conclusion and each utility&apos;s conditions first.</source>
        <translation>Сначала запишите заключение каждого согласующего органа и условия каждой сетевой организации.</translation>
    </message>
    <message>
        <source>{plan} is {status}</source>
        <translation>{plan}: {status}</translation>
    </message>
    <message>
        <source>{plan} has no approval act number and date</source>
        <translation>у документа «{plan}» нет номера и даты акта об утверждении</translation>
    </message>
    <message>
        <source>{plan}&apos;s term ended on {until}</source>
        <translation>срок действия документа «{plan}» истек {until}</translation>
    </message>
    <message>
        <source>The application has no plot geometry to check.</source>
        <translation>У заявления нет геометрии участка для проверки.</translation>
    </message>
    <message>
        <source>The plot outline is not a valid polygon: {reason}; ask for a corrected survey.</source>
        <translation>Контур участка — некорректный полигон: {reason}; запросите исправленную съёмку.</translation>
    </message>
    <message>
        <source>The plot outline is a valid polygon.</source>
        <translation>Контур участка — корректный полигон.</translation>
    </message>
    <message>
        <source>Not run: the {check} check failed first.</source>
        <translation>Не выполнялась: сначала не пройдена проверка «{check}».</translation>
    </message>
    <message>
        <source>The plot lies inside the district but outside the area of use of EPSG:{srid} ({west:.4f}–{east:.4f}° E): check the district&apos;s CRS.</source>
        <translation>Участок лежит в районе, но вне области применения EPSG:{srid} ({west:.4f}–{east:.4f}° в. д.): проверьте систему координат района.</translation>
    </message>
    <message>
        <source>The plot lies inside the district.</source>
        <translation>Участок лежит в границах района.</translation>
    </message>
    <message>
        <source>its coordinates ({x:.5f}, {y:.5f}) look like longitude and latitude in degrees stored as metres; the survey must be in the district&apos;s CRS</source>
        <translation>его координаты ({x:.5f}, {y:.5f}) похожи на долготу и широту в градусах, записанные как метры; съёмка должна быть в системе координат района</translation>
    </message>
    <message>
        <source>its X and Y are swapped (X {x:,.0f} looks like a northing); swapped back it lies inside the district</source>
        <translation>его X и Y перепутаны (X {x:,.0f} похож на северную координату); если поменять их местами, участок лежит в районе</translation>
    </message>
    <message>
        <source>it was surveyed in {other} but stored as EPSG:{srid}</source>
        <translation>он снят в {other}, а записан как EPSG:{srid}</translation>
    </message>
    <message>
        <source>it lies {distance:,.1f} km from the district and no usual CRS mix-up explains it</source>
        <translation>он лежит в {distance:,.1f} км от района, и обычные ошибки системы координат этого не объясняют</translation>
    </message>
    <message>
        <source>The plot is outside the district: {cause}.</source>
        <translation>Участок вне района: {cause}.</translation>
    </message>
    <message>
        <source>Track {track} does not require settlement land.</source>
        <translation>Порядок {track} не требует земель населённого пункта.</translation>
    </message>
    <message>
        <source>The plot lies inside the settlement boundary.</source>
        <translation>Участок лежит в границах населённого пункта.</translation>
    </message>
    <message>
        <source>{outside:,.0f} m² of the {area:,.0f} m² plot lie outside the settlement boundary, which track {track} requires.</source>
        <translation>{outside:,.0f} м² из {area:,.0f} м² участка лежат за границей населённого пункта, которой требует порядок {track}.</translation>
    </message>
    <message>
        <source>The plot does not overlap any registered parcel.</source>
        <translation>Участок не накладывается на зарегистрированные участки.</translation>
    </message>
    <message>
        <source>The plot overlaps {count} registered parcel(s) by {total:,.1f} m² in all: {names}.</source>
        <translation>Участок накладывается на зарегистрированные участки ({count}), всего {total:,.1f} м²: {names}.</translation>
    </message>
    <message>
        <source>{purpose} is not construction: no plan needed.</source>
        <translation>{purpose} — не строительство: план не требуется.</translation>
    </message>
    <message>
        <source>No zoning applies to this purpose.</source>
        <translation>Зонирование к этому назначению не применяется.</translation>
    </message>
    <message>
        <source>Not run: no valid plan covers the plot.</source>
        <translation>Не выполнялась: участок не покрыт ни одним действующим планом.</translation>
    </message>
    <message>
        <source>The valid plans covering the plot set no functional zone on it.</source>
        <translation>Действующие планы, покрывающие участок, не устанавливают на нем функциональной зоны.</translation>
    </message>
    <message>
        <source>Zone {zone}, covering {share:.0%} of the plot, permits {purpose}.</source>
        <translation>Зона {zone}, занимающая {share:.0%} участка, допускает {purpose}.</translation>
    </message>
    <message>
        <source>{plan} ({kind}, act {act} of {day})</source>
        <translation>{plan} ({kind}, акт {act} от {day})</translation>
    </message>
    <message>
        <source>irrigated </source>
        <translation>орошаемых </translation>
    </message>
    <message>
        <source>dry </source>
        <translation>неорошаемых </translation>
    </message>
    <message>
        <source>{area:,.0f} m² is within the {norm:g} ha norm for {land}{purpose} ({article}).</source>
        <translation>{area:,.0f} м² в пределах нормы {norm:g} га для {land}{purpose} ({article}).</translation>
    </message>
    <message>
        <source>{area:,.0f} m² exceeds the {norm:g} ha norm for {land}{purpose} ({article}) by {excess:,.0f} m².</source>
        <translation>{area:,.0f} м² превышает норму {norm:g} га для {land}{purpose} ({article}) на {excess:,.0f} м².</translation>
    </message>
    <message>
        <source>Waits behind earlier pending application(s) {names} for the same land: they are decided first in order of receipt, and this one fails only if they are granted.</source>
        <translation>Ожидает рассмотрения ранее поступивших заявлений на ту же землю: {names}; они рассматриваются первыми в порядке поступления, и в отношении данного заявления проверка не пройдена лишь в случае их удовлетворения.</translation>
    </message>
    <message>
        <source>The applicant is not a person with an IIN: no age to check.</source>
        <translation>Заявитель не является физическим лицом с ИИН: возраст не проверяется.</translation>
    </message>
    <message>
        <source>The applicant, born {born} (IIN), was {years} on {on}.</source>
        <translation>Заявителю, родившемуся {born} (по ИИН), на {on} исполнилось полных лет: {years}.</translation>
    </message>
    <message>
        <source>The applicant, born {born} (IIN), was {years} on {on}, under {majority} ({article}): rights go only to adults, except by inheritance.</source>
        <translation>Заявителю, родившемуся {born} (по ИИН), на {on} исполнилось полных лет: {years}, что меньше {majority} ({article}): права предоставляются только совершеннолетним, за исключением наследования.</translation>
    </message>
    <message>
        <source>The applicant is a citizen of Kazakhstan.</source>
        <translation>Заявитель является гражданином Республики Казахстан.</translation>
    </message>
    <message>
        <source>a free grant</source>
        <translation>бесплатное предоставление</translation>
    </message>
    <message>
        <source>{right} of land for {purpose}</source>
        <translation>{right} на землю для {purpose}</translation>
    </message>
    <message>
        <source>The applicant is not a citizen of Kazakhstan, and {what} is for citizens only ({article}).</source>
        <translation>Заявитель не является гражданином Республики Казахстан, а {what} допускается только для граждан ({article}).</translation>
    </message>
    <message>
        <source>The applicant is not a citizen of Kazakhstan: {what} may be for citizens only ({article}, not yet verified); check before deciding.</source>
        <translation>Заявитель не является гражданином Республики Казахстан: {what} может допускаться только для граждан ({article}, норма не проверена); проверьте до принятия решения.</translation>
    </message>
    <message>
        <source>The applicant is not a citizen of Kazakhstan; nothing asked for is reserved to citizens.</source>
        <translation>Заявитель не является гражданином Республики Казахстан; испрашиваемые права не предоставляются исключительно гражданам.</translation>
    </message>
    <message>
        <source>Not a free grant: the once-in-a-lifetime rule does not apply.</source>
        <translation>Не безвозмездное предоставление: правило «один раз в жизни» не применяется.</translation>
    </message>
    <message>
        <source>The applicant declared a plot granted free before ({article}): a free grant is made once in a lifetime.</source>
        <translation>Заявитель указал ранее безвозмездно предоставленный участок ({article}): безвозмездное предоставление осуществляется один раз в жизни.</translation>
    </message>
    <message>
        <source>The registry found an earlier free grant to this IIN: application {note}.</source>
        <translation>Реестр нашёл ранее произведённое безвозмездное предоставление по этому ИИН: заявление {note}.</translation>
    </message>
    <message>
        <source>The registry found no earlier free grant to this IIN in any district.</source>
        <translation>Реестр не нашёл ранее произведённых безвозмездных предоставлений по этому ИИН ни в одном районе.</translation>
    </message>
    <message>
        <source>To confirm at sync: only the registry sees earlier free grants in other districts ({article}).</source>
        <translation>Подтверждается при синхронизации: ранее произведённые безвозмездные предоставления в других районах видит только реестр ({article}).</translation>
    </message>
    <message>
        <source>Not a free IZhS grant: the queue does not apply.</source>
        <translation>Не безвозмездное предоставление для ИЖС: очередь не применяется.</translation>
    </message>
    <message>
        <source>On the IZhS special register ({entry}).</source>
        <translation>Состоит на специальном учёте для ИЖС ({entry}).</translation>
    </message>
    <message>
        <source>Not on the IZhS special register yet: its entry is the queue track&apos;s first step.</source>
        <translation>Ещё не состоит на специальном учёте для ИЖС: постановка на учёт — первый шаг порядка очереди.</translation>
    </message>
    <message>
        <source>A free IZhS plot is granted only to those on the special register ({article}); this applicant is not on it.</source>
        <translation>Безвозмездный участок для ИЖС предоставляется только состоящим на специальном учёте ({article}); этот заявитель на нём не состоит.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Zone {zone}, covering {share:.0%} of the plot, permits {permitted}, not {purpose}.</source>
        <translation>Зона {zone}, покрывающая {share:.0%} участка, допускает: {permitted}, но не {purpose}.</translation>
    </message>
    <message>
        <source>Outside settlements</source>
        <translation>За пределами населенных пунктов</translation>
    </message>
    <message>
        <source>{settlement} ({population:,} people)</source>
        <translation>{settlement} (население {population:,} чел.)</translation>
    </message>
    <message>
        <source>{settlement} (population not recorded)</source>
        <translation>{settlement} (численность населения не указана)</translation>
    </message>
    <message>
        <source>{where}: valid approved {plans} cover the plot.</source>
        <translation>{where}: участок покрыт действующими утвержденными документами: {plans}.</translation>
    </message>
    <message>
        <source>approved general plan or DPP</source>
        <translation>утвержденный генеральный план или ПДП</translation>
    </message>
    <message>
        <source>none covers the plot</source>
        <translation>ни один из них не покрывает участок</translation>
    </message>
    <message>
        <source>{where} needs, for {purpose}, a valid {needed}{cited}: {found}.</source>
        <translation>{where}: для {purpose} требуется действующий документ — {needed}{cited}; {found}.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <source>No red line crosses the plot.</source>
        <translation>Красные линии не пересекают участок.</translation>
    </message>
    <message>
        <source>{length:,.1f} m of red line run inside the plot: it takes street or common-use land.</source>
        <translation>{length:,.1f} м красной линии проходят внутри участка: он занимает земли улиц или общего пользования.</translation>
    </message>
    <message>
        <source>Not a free grant: the Art. 50 p.2 size norms apply only to free grants.</source>
        <translation>Предоставление не бесплатное: нормы размеров п. 2 ст. 50 применяются только при бесплатном предоставлении.</translation>
    </message>
    <message>
        <source>No size norm is set for {purpose}.</source>
        <translation>Норма площади для «{purpose}» не установлена.</translation>
    </message>
    <message>
        <source>Every water body near by has its protection zone set.</source>
        <translation>У всех ближайших водоёмов установлены водоохранные зоны.</translation>
    </message>
    <message>
        <source>The nearest shore without a protection zone is {distance:,.0f} m away.</source>
        <translation>Ближайший берег без водоохранной зоны — в {distance:,.0f} м.</translation>
    </message>
    <message>
        <source>The plot is {distance:,.0f} m from a shore whose water-protection zone is not set (no grants within {limit:,.0f} m until it is).</source>
        <translation>Участок в {distance:,.0f} м от берега, водоохранная зона которого не установлена (до её установления участки в пределах {limit:,.0f} м не предоставляются).</translation>
    </message>
    <message>
        <source>The plot is {distance:,.0f} m from {water}, inside its water-protection strip ({strip:,.0f} m; {article}), where building and gardening are banned.</source>
        <translation>Участок находится в {distance:,.0f} м от водного объекта {water}, в пределах его водоохранной полосы ({strip:,.0f} м; {article}), где строительство и садоводство запрещены.</translation>
    </message>
    <message>
        <source>act not recorded</source>
        <translation>акт не указан</translation>
    </message>
    <message>
        <source>, the width taken as the least</source>
        <translation>, ширина принята минимальной</translation>
    </message>
    <message>
        <source>The plot is {distance:,.0f} m from {water}, inside its {width:,.0f} m water-protection zone ({act}{assumed}): its regime applies and building needs the basin water inspection&apos;s approval ({article}).</source>
        <translation>Участок находится в {distance:,.0f} м от водного объекта {water}, в пределах его водоохранной зоны шириной {width:,.0f} м ({act}{assumed}): действует режим зоны, строительство требует согласования бассейновой водной инспекции ({article}).</translation>
    </message>
    <message>
        <source>The plot lies outside every set water-protection zone.</source>
        <translation>Участок находится вне всех установленных водоохранных зон.</translation>
    </message>
    <message>
        <source>The land was granted on earlier application(s) {names}: it is occupied.</source>
        <translation>Земля предоставлена по ранее поступившим заявлениям {names}: участок занят.</translation>
    </message>
    <message>
        <source>No earlier pending application asks for this land.</source>
        <translation>Более ранних заявлений на эту землю нет.</translation>
    </message>
    <message>
        <source>The procedure file for track {track} is not valid: {reason}.</source>
        <translation>Файл процедуры для порядка {track} некорректен: {reason}.</translation>
    </message>
    <message>
        <source>Correct resources/procedures/{track}.json (each step needs code, title, party, term, unit and the stage of the application it belongs to).</source>
        <translation>Исправьте resources/procedures/{track}.json (у каждого шага должны быть код, название, сторона, срок, единица и стадия заявления).</translation>
    </message>
    <message>
        <source>The decision on application {number} was not recorded: {reason}.</source>
        <translation>Решение по заявлению {number} не записано: {reason}.</translation>
    </message>
    <message>
        <source>{file} was not written: {reason}.</source>
        <translation>{file} не записан: {reason}.</translation>
    </message>
    <message>
        <source>there is no layer «{layer}» to export</source>
        <translation>слоя «{layer}» для экспорта нет</translation>
    </message>
    <message>
        <source>Choose one of: {layers}.</source>
        <translation>Выберите один из: {layers}.</translation>
    </message>
    <message>
        <source>LandDesk writes GeoPackage (.gpkg) and GeoJSON (.geojson)</source>
        <translation>LandDesk записывает GeoPackage (.gpkg) и GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>Name the file .gpkg or .geojson.</source>
        <translation>Дайте файлу расширение .gpkg или .geojson.</translation>
    </message>
    <message>
        <source>there is no parcel {number}</source>
        <translation>участка {number} нет</translation>
    </message>
    <message>
        <source>Check the number.</source>
        <translation>Проверьте номер.</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}.</source>
        <translation>{file} нельзя импортировать: {reason}.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <source>Nothing was imported; the cache is as it was.</source>
        <translation>Ничего не импортировано; кэш не изменился.</translation>
    </message>
    <message>
        <source>it declares no coordinate reference system</source>
        <translation>в нём не указана система координат</translation>
    </message>
    <message>
        <source>Choose the file&apos;s CRS (in the command line: --crs EPSG:N), for example one of: {presets}.</source>
        <translation>Выберите систему координат файла (в командной строке: --crs EPSG:N), например одну из: {presets}.</translation>
    </message>
    <message>
        <source>the CRS «{crs}» is unknown ({error})</source>
        <translation>система координат «{crs}» неизвестна ({error})</translation>
    </message>
    <message>
        <source>Give an EPSG code, e.g. --crs EPSG:28409 for Pulkovo 1942 Gauss-Krüger zone 9.</source>
        <translation>Укажите код EPSG, например --crs EPSG:28409 для Пулково 1942 Гаусса–Крюгера зона 9.</translation>
    </message>
    <message>
        <source>It has no fields to map: a coordinate catalogue&apos;s point number, X and Y make the outline, and other columns (for example cadastral_number, purpose) fill the fields of the same name.</source>
        <translation>В нём нет полей для сопоставления: номер точки, X и Y каталога координат образуют контур, а остальные столбцы (например, cadastral_number, purpose) заполняют одноимённые поля.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Проверьте путь.</translation>
    </message>
    <message>
        <source>GDAL cannot read it ({error})</source>
        <translation>GDAL не может его прочитать ({error})</translation>
    </message>
    <message>
        <source>Check that it is a GeoPackage, Shapefile, GeoJSON, DXF or CSV file, and name the layer with --layer if it has several.</source>
        <translation>Проверьте, что это файл GeoPackage, Shapefile, GeoJSON, DXF или CSV, и укажите слой через --layer, если их несколько.</translation>
    </message>
    <message>
        <source>the shapefile came without its index (.shx); LandDesk rebuilt it from the .shp for this import (your files are unchanged)</source>
        <translation>шейп-файл получен без индекса (.shx); LandDesk восстановил его по файлу .shp для этого импорта (ваши файлы не изменены)</translation>
    </message>
    <message>
        <source>one of its features is larger than {limit} MB, more than LandDesk reads from a GeoJSON file</source>
        <translation>один из его объектов больше {limit} МБ — больше, чем LandDesk читает из файла GeoJSON</translation>
    </message>
    <message>
        <source>Save the layer as a GeoPackage (in QGIS: Export → Save Features As…) and import that, or split the large feature.</source>
        <translation>Сохраните слой в формате GeoPackage (в QGIS: Экспорт → Сохранить объекты как…) и импортируйте его либо разделите крупный объект.</translation>
    </message>
    <message>
        <source>the attributes do not say their encoding (no .cpg file); read as {encoding}, because {why} — for example «{example}»; if that is wrong, give --encoding</source>
        <translation>кодировка атрибутов не указана (нет файла .cpg); они прочитаны в {encoding}, так как {why}, — например, «{example}»; если это неверно, укажите --encoding</translation>
    </message>
    <message>
        <source>the catalogue does not say its encoding; read as {encoding}, because {why} — for example «{example}»; if that is wrong, give --encoding</source>
        <translation>кодировка каталога не указана; он прочитан в {encoding}, так как {why}, — например, «{example}»; если это неверно, укажите --encoding</translation>
    </message>
    <message>
        <source>it cannot be read as {encoding} text</source>
        <translation>его нельзя прочитать как текст в кодировке {encoding}</translation>
    </message>
    <message>
        <source>Give the catalogue&apos;s encoding with --encoding (utf-8, cp1251 or cp866).</source>
        <translation>Укажите кодировку каталога через --encoding (utf-8, cp1251 или cp866).</translation>
    </message>
    <message>
        <source>Save the catalogue as CSV with a header row: point, X, Y.</source>
        <translation>Сохраните каталог в CSV со строкой заголовков: point, X, Y.</translation>
    </message>
    <message>
        <source>it has no X and Y columns (it has {columns})</source>
        <translation>в нём нет столбцов X и Y (есть: {columns})</translation>
    </message>
    <message>
        <source>Name the coordinate columns X and Y (X northing, Y easting).</source>
        <translation>Назовите столбцы координат X и Y (X — север, Y — восток).</translation>
    </message>
    <message>
        <source>{point} (lines {first} and {second})</source>
        <translation>{point} (строки {first} и {second})</translation>
    </message>
    <message>
        <source>a point number is listed twice in one outline: {points}</source>
        <translation>номер точки повторяется в одном контуре: {points}</translation>
    </message>
    <message>
        <source>point {point}: the {column} value «{value}» is not a number</source>
        <translation>точка {point}: значение «{value}» в столбце {column} не является числом</translation>
    </message>
    <message>
        <source>the target «{target}» is unknown</source>
        <translation>назначение импорта «{target}» неизвестно</translation>
    </message>
    <message>
        <source>Choose one of: {targets}.</source>
        <translation>Выберите одно из: {targets}.</translation>
    </message>
    <message>
        <source>zones belong to a plan and none was given</source>
        <translation>зоны относятся к плану, а план не указан</translation>
    </message>
    <message>
        <source>there is no plan «{plan}»</source>
        <translation>плана «{plan}» нет</translation>
    </message>
    <message>
        <source>Choose the plan (in the command line: --plan with its uid or full name; `landdesk check-plan PATH` lists them).</source>
        <translation>Выберите план (в командной строке: --plan с его uid или полным названием; список выводит `landdesk check-plan PATH`).</translation>
    </message>
    <message>
        <source>cadastral number {number} is repeated in the file, at rows {first} and {second}</source>
        <translation>кадастровый номер {number} повторяется в файле, в строках {first} и {second}</translation>
    </message>
    <message>
        <source>parcel {number} is already in the cache</source>
        <translation>участок {number} уже есть в кэше</translation>
    </message>
    <message>
        <source>its boundary is that of parcel {number} ({status}), already in the cache, under another number</source>
        <translation>его граница совпадает с границей участка {number} ({status}), уже имеющегося в базе, под другим номером</translation>
    </message>
    <message>
        <source>{number} ({status}, {area:,.1f} m²)</source>
        <translation>{number} ({status}, {area:,.1f} м²)</translation>
    </message>
    <message>
        <source>it overlaps {count} parcel(s) of the cache by {total:,.1f} m² in all: {names}</source>
        <translation>он накладывается на участки базы ({count}) общей площадью {total:,.1f} м²: {names}</translation>
    </message>
    <message>
        <source>it overlaps parcel {number} at row {row} of this file by {area:,.1f} m²</source>
        <translation>он накладывается на участок {number} в строке {row} этого файла на {area:,.1f} м²</translation>
    </message>
    <message>
        <source>its coordinates ({x:.12g}, {y:.12g}) look like metres, not the degrees of {crs}</source>
        <translation>его координаты ({x:.12g}, {y:.12g}) похожи на метры, а не на градусы системы {crs}</translation>
    </message>
    <message>
        <source>{example}; a file that does not say its CRS (a GeoJSON without one, say) is read as WGS 84 degrees</source>
        <translation>{example}; файл без указания системы координат (например, GeoJSON без неё) читается в градусах WGS 84</translation>
    </message>
    <message>
        <source>Give the file&apos;s CRS (in the command line: --crs EPSG:N), for example EPSG:32642 for UTM zone 42N or EPSG:28412 for Pulkovo 1942 Gauss-Krüger zone 12.</source>
        <translation>Укажите систему координат файла (в командной строке: --crs EPSG:N), например EPSG:32642 для UTM зоны 42N или EPSG:28412 для Пулково 1942 / Гаусс-Крюгер, зона 12.</translation>
    </message>
    <message>
        <source>«{field}» is not a field of {target}</source>
        <translation>«{field}» — не поле слоя «{target}»</translation>
    </message>
    <message>
        <source>Map to one of: {fields}.</source>
        <translation>Сопоставьте с одним из: {fields}.</translation>
    </message>
    <message>
        <source>the file has no field «{field}»</source>
        <translation>в файле нет поля «{field}»</translation>
    </message>
    <message>
        <source>Its fields are: {fields}.</source>
        <translation>Его поля: {fields}.</translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation>у него нет геометрии</translation>
    </message>
    <message>
        <source>the polyline is not closed (gap of {gap:,.2f} m between its first and last points)</source>
        <translation>полилиния не замкнута (разрыв {gap:,.2f} м между первой и последней точками)</translation>
    </message>
    <message>
        <source>its geometry is a {kind}, not a polygon</source>
        <translation>его геометрия — {kind}, а не полигон</translation>
    </message>
    <message>
        <source>its geometry is a {kind}, not a line</source>
        <translation>его геометрия — {kind}, а не линия</translation>
    </message>
    <message>
        <source>its coordinates cannot be reprojected into the district&apos;s CRS (they lie outside the area the source CRS covers): check the source CRS</source>
        <translation>его координаты нельзя пересчитать в систему координат района (они лежат за пределами области действия исходной системы): проверьте исходную систему координат</translation>
    </message>
    <message>
        <source>its geometry is invalid: {why}</source>
        <translation>его геометрия некорректна: {why}</translation>
    </message>
    <message>
        <source>after reprojection it lies outside the district: check the source CRS (and X/Y order)</source>
        <translation>после перепроецирования он вне района: проверьте исходную систему координат (и порядок X/Y)</translation>
    </message>
    <message>
        <source>zone type «{value}» is not one of {allowed}</source>
        <translation>тип зоны «{value}» не из списка: {allowed}</translation>
    </message>
    <message>
        <source>zone subtype «{value}» is not one of {allowed}</source>
        <translation>подтип зоны «{value}» не из списка: {allowed}</translation>
    </message>
    <message>
        <source>line kind «{value}» is not RED, BUILDING or YELLOW</source>
        <translation>вид линии «{value}» — не RED, BUILDING или YELLOW</translation>
    </message>
    <message>
        <source>it has no value in the field {field}</source>
        <translation>в поле {field} нет значения</translation>
    </message>
    <message>
        <source>{field} «{value}» is not one of {allowed}</source>
        <translation>{field} «{value}» не из списка: {allowed}</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}: {detail}</translation>
    </message>
    <message>
        <source>The step was not recorded: {reason}.</source>
        <translation>Шаг не записан: {reason}.</translation>
    </message>
    <message>
        <source>there is no such application</source>
        <translation>такого заявления нет</translation>
    </message>
    <message>
        <source>Check the application number.</source>
        <translation>Проверьте номер заявления.</translation>
    </message>
    <message>
        <source>its status changed meanwhile</source>
        <translation>его статус тем временем изменился</translation>
    </message>
    <message>
        <source>Reload the queue and try again.</source>
        <translation>Обновите очередь и повторите.</translation>
    </message>
    <message>
        <source>it is already {status}</source>
        <translation>оно уже в статусе «{status}»</translation>
    </message>
    <message>
        <source>Only a pending application can be withdrawn.</source>
        <translation>Отозвать можно только заявление в работе.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Record how the applicant withdrew it.</source>
        <translation>Укажите, как заявитель отозвал заявление.</translation>
    </message>
    <message>
        <source>a negative conclusion has no reasons</source>
        <translation>у отрицательного заключения нет причин</translation>
    </message>
    <message>
        <source>Copy the body&apos;s reasons; a refusal will have to cite them.</source>
        <translation>Перенесите причины органа; на них придётся сослаться в отказе.</translation>
    </message>
    <message>
        <source>the step is not open any more</source>
        <translation>шаг уже закрыт</translation>
    </message>
    <message>
        <source>Reload the application&apos;s steps.</source>
        <translation>Обновите шаги заявления.</translation>
    </message>
    <message>
        <source>a stage of this track</source>
        <translation>этап этого порядка</translation>
    </message>
    <message>
        <source>application {number} is at «{status}», and technical conditions are requested at «{stage}»</source>
        <translation>заявление {number} на этапе «{status}», а технические условия запрашиваются на этапе «{stage}»</translation>
    </message>
    <message>
        <source>Move the application to that stage first.</source>
        <translation>Сначала переведите заявление на этот этап.</translation>
    </message>
    <message>
        <source>no utility was named</source>
        <translation>сетевая организация не указана</translation>
    </message>
    <message>
        <source>Name the utility asked for conditions.</source>
        <translation>Укажите сетевую организацию, у которой запрашиваются условия.</translation>
    </message>
    <message>
        <source>{utility} has already been asked and has not answered yet</source>
        <translation>«{utility}» уже запрошена и ещё не ответила</translation>
    </message>
    <message>
        <source>Wait for its answer or record it.</source>
        <translation>Дождитесь ответа или запишите его.</translation>
    </message>
    <message>
        <source>LandDesk could not load SpatiaLite: {reason}.</source>
        <translation>LandDesk не смог загрузить SpatiaLite: {reason}.</translation>
    </message>
    <message>
        <source>{fix}</source>
        <translation>{fix}</translation>
    </message>
    <message>
        <source>There is no cache file at {path}.</source>
        <translation>Файла кэша {path} не существует.</translation>
    </message>
    <message>
        <source>Check the path, or build one with `landdesk demo` or clone your district from the registry.</source>
        <translation>Проверьте путь или создайте кэш командой `landdesk demo`, или клонируйте свой район из реестра.</translation>
    </message>
    <message>
        <source>A file already exists at {path}.</source>
        <translation>Файл {path} уже существует.</translation>
    </message>
    <message>
        <source>Choose another name, or remove the old file first if you are sure it holds nothing you need.</source>
        <translation>Выберите другое имя или сначала удалите старый файл, если уверены, что в нём нет ничего нужного.</translation>
    </message>
    <message>
        <source>{path} is not a LandDesk cache: {reason}.</source>
        <translation>{path} — не кэш LandDesk: {reason}.</translation>
    </message>
    <message>
        <source>Open a cache file made by LandDesk (a .sqlite file), or build a new one.</source>
        <translation>Откройте файл кэша, созданный LandDesk (файл .sqlite), или создайте новый.</translation>
    </message>
    <message>
        <source>The cache {path} is damaged: {reason}.</source>
        <translation>Кэш {path} повреждён: {reason}.</translation>
    </message>
    <message>
        <source>Restore it from a backup or clone the district again. Do not delete the file: unsynced work in it may still be recoverable.</source>
        <translation>Восстановите его из резервной копии или заново клонируйте район. Не удаляйте файл: несинхронизированную работу в нём, возможно, ещё удастся восстановить.</translation>
    </message>
    <message>
        <source>The cache {path} has lost {count} of its change-journal triggers (for example {example}); edits made now would never reach the registry.</source>
        <translation>Кэш {path} потерял триггеры журнала изменений ({count}, например {example}); сделанные сейчас правки никогда не попадут в реестр.</translation>
    </message>
    <message>
        <source>LandDesk will not edit it. Sync what it holds from a copy made before the damage, or clone the district again. Do not delete the file: unsynced work in it may still be recoverable.</source>
        <translation>LandDesk не будет его редактировать. Синхронизируйте данные из копии, сделанной до повреждения, или заново клонируйте район. Не удаляйте файл: несинхронизированную работу в нём, возможно, ещё удастся восстановить.</translation>
    </message>
    <message>
        <source>The cache {path} is busy: another program or LandDesk window is writing to it.</source>
        <translation>Кэш {path} занят: в него пишет другая программа или другое окно LandDesk.</translation>
    </message>
    <message>
        <source>Close the other program or wait until it has finished, then try again. Nothing was lost.</source>
        <translation>Закройте другую программу или дождитесь её завершения, затем повторите. Ничего не потеряно.</translation>
    </message>
    <message>
        <source>LandDesk cannot write to {path}: {reason}.</source>
        <translation>LandDesk не может записать в {path}: {reason}.</translation>
    </message>
    <message>
        <source>Copy the cache to a folder you can write to (for example your Documents folder), or ask your administrator for write access.</source>
        <translation>Скопируйте кэш в папку, доступную для записи (например, «Документы»), или попросите администратора дать право записи.</translation>
    </message>
    <message>
        <source>LandDesk is not allowed to read {path}.</source>
        <translation>LandDesk не имеет права читать {path}.</translation>
    </message>
    <message>
        <source>Ask your administrator for access to the file, or copy it into a folder of your own.</source>
        <translation>Попросите администратора дать доступ к файлу или скопируйте его в свою папку.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; the last change was not saved.</source>
        <translation>Диск с файлом {path} заполнен; последнее изменение не сохранено.</translation>
    </message>
    <message>
        <source>Free some space on that disk and save again. Everything saved before is intact.</source>
        <translation>Освободите место на диске и сохраните снова. Всё, что было сохранено раньше, цело.</translation>
    </message>
    <message>
        <source>The disk or network share holding {path} failed to read or write: {reason}.</source>
        <translation>Диск или сетевая папка с файлом {path} не смогли прочитать или записать данные: {reason}.</translation>
    </message>
    <message>
        <source>Check that the disk or share is connected and healthy, then try again. Do not delete the file: unsynced work in it may still be recoverable.</source>
        <translation>Проверьте, что диск или сетевая папка подключены и исправны, затем повторите. Не удаляйте файл: несинхронизированную работу в нём, возможно, ещё удастся восстановить.</translation>
    </message>
    <message>
        <source>{path} was made by a newer LandDesk (cache schema {found}; this LandDesk reads up to {supported}).</source>
        <translation>{path} создан более новой версией LandDesk (схема кэша {found}; эта версия читает до {supported}).</translation>
    </message>
    <message>
        <source>Update LandDesk to open it. The file was not changed.</source>
        <translation>Обновите LandDesk, чтобы открыть его. Файл не изменён.</translation>
    </message>
    <message>
        <source>{path} uses an older cache schema ({found}; current is {supported}) and was opened read-only.</source>
        <translation>{path} использует старую схему кэша ({found}; текущая — {supported}) и открыт только для чтения.</translation>
    </message>
    <message>
        <source>Open it once for writing so LandDesk can upgrade it.</source>
        <translation>Откройте его один раз для записи, чтобы LandDesk мог его обновить.</translation>
    </message>
    <message>
        <source>This change cannot be saved: {tbl} {uid}, {field}: {detail}.</source>
        <translation>Это изменение нельзя сохранить: {tbl} {uid}, {field}: {detail}.</translation>
    </message>
    <message>
        <source>Correct the value and save again; the registry would refuse it. Nothing was saved.</source>
        <translation>Исправьте значение и сохраните снова: реестр не принял бы его. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>{message}</source>
        <translation>{message}</translation>
    </message>
    <message>
        <source>{what_to_do}</source>
        <translation>{what_to_do}</translation>
    </message>
    <message>
        <source>The registry at {url} cannot be reached: {reason}.</source>
        <translation>Реестр {url} недоступен: {reason}.</translation>
    </message>
    <message>
        <source>Work on offline; everything is kept and sent at the next sync.</source>
        <translation>Продолжайте работать офлайн; всё сохранится и будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Another sync of {path} is running.</source>
        <translation>Уже идёт другая синхронизация {path}.</translation>
    </message>
    <message>
        <source>Wait for it to finish; its result will show here.</source>
        <translation>Дождитесь её завершения; результат появится здесь.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Синхронизация отменена.</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not sent or received yet goes at the next sync.</source>
        <translation>Ничего не потеряно: то, что ещё не отправлено или не получено, уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Downloading the district</source>
        <translation>Загрузка района</translation>
    </message>
    <message>
        <source>Run the clone again; it starts over.</source>
        <translation>Запустите клонирование снова; оно начнётся заново.</translation>
    </message>
    <message>
        <source>The registry does not accept this user name and password.</source>
        <translation>Реестр не принимает это имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Check them, or ask the administrator to reset the password. Nothing was changed.</source>
        <translation>Проверьте их или попросите администратора сбросить пароль. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The registry asked LandDesk to sign in again.</source>
        <translation>Реестр просит LandDesk войти заново.</translation>
    </message>
    <message>
        <source>Sync again; nothing was lost.</source>
        <translation>Синхронизируйте ещё раз; ничего не потеряно.</translation>
    </message>
    <message>
        <source>This user works in another district of the registry.</source>
        <translation>Этот пользователь работает в другом районе реестра.</translation>
    </message>
    <message>
        <source>Use a cache of your own district, or ask the administrator for access.</source>
        <translation>Используйте кэш своего района или попросите у администратора доступ.</translation>
    </message>
    <message>
        <source>The registry holds no such district.</source>
        <translation>В реестре нет такого района.</translation>
    </message>
    <message>
        <source>Check the district code, or ask the administrator to load the district.</source>
        <translation>Проверьте код района или попросите администратора загрузить район.</translation>
    </message>
    <message>
        <source>This user&apos;s role may not change the registry.</source>
        <translation>Роль этого пользователя не позволяет изменять реестр.</translation>
    </message>
    <message>
        <source>Ask an officer of the district to make the change; it stays in your cache.</source>
        <translation>Попросите специалиста района внести изменение; оно остаётся в вашем кэше.</translation>
    </message>
    <message>
        <source>This user&apos;s role may change plans only.</source>
        <translation>Роль этого пользователя позволяет изменять только планы.</translation>
    </message>
    <message>
        <source>This user&apos;s role may not record decisions.</source>
        <translation>Роль этого пользователя не позволяет записывать решения.</translation>
    </message>
    <message>
        <source>Only an officer or the head of the land department can record a decision.</source>
        <translation>Записать решение может только специалист или руководитель отдела земельных отношений.</translation>
    </message>
    <message>
        <source>The registry needs a newer LandDesk.</source>
        <translation>Реестру нужна более новая версия LandDesk.</translation>
    </message>
    <message>
        <source>Update LandDesk first, then sync again. Your unsynced work stays in the cache.</source>
        <translation>Сначала обновите LandDesk, затем синхронизируйтесь снова. Несинхронизированная работа остаётся в кэше.</translation>
    </message>
    <message>
        <source>The changes are too large to send at once.</source>
        <translation>Изменения слишком велики, чтобы отправить их разом.</translation>
    </message>
    <message>
        <source>Sync more often, so each sync is smaller.</source>
        <translation>Синхронизируйтесь чаще, чтобы каждая синхронизация была меньше.</translation>
    </message>
    <message>
        <source>{user} works in district {district}, not {wanted}.</source>
        <translation>{user} работает в районе {district}, а не {wanted}.</translation>
    </message>
    <message>
        <source>The registry holds no district {district}.</source>
        <translation>В реестре нет района {district}.</translation>
    </message>
    <message>
        <source>it answered {code}</source>
        <translation>он ответил {code}</translation>
    </message>
    <message>
        <source>This cache&apos;s decisions do not match the registry&apos;s: {divergence}.</source>
        <translation>Решения в этом кэше не совпадают с решениями реестра: {divergence}.</translation>
    </message>
    <message>
        <source>Nothing was sent to the registry. Tell the administrator: decisions in this cache were changed outside LandDesk. Clone the district again from the registry and work in the new cache; keep this file for the inquiry.</source>
        <translation>В реестр ничего не отправлено. Сообщите администратору: решения в этом кэше изменены в обход LandDesk. Заново клонируйте район из реестра и работайте в новом кэше; этот файл сохраните для проверки.</translation>
    </message>
    <message>
        <source>The registry at {url} does not serve the district&apos;s decision chain, so the decisions cannot be compared with it.</source>
        <translation>Реестр по адресу {url} не выдаёт цепочку решений района, поэтому решения нельзя сверить с ним.</translation>
    </message>
    <message>
        <source>Ask the administrator to update the registry.</source>
        <translation>Попросите администратора обновить реестр.</translation>
    </message>
    <message>
        <source>Nothing was lost; see the message.</source>
        <translation>Ничего не потеряно; см. сообщение.</translation>
    </message>
    <message>
        <source>{count} decisions missing from this cache were restored from the registry.</source>
        <translation>Решений, отсутствовавших в этом кэше и восстановленных из реестра: {count}.</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>он не ответил вовремя</translation>
    </message>
    <message>
        <source>nothing answers at that address (the registry is stopped or the address is wrong)</source>
        <translation>по этому адресу никто не отвечает (реестр остановлен или адрес неверен)</translation>
    </message>
    <message>
        <source>the connection failed ({error})</source>
        <translation>соединение не удалось ({error})</translation>
    </message>
    <message>
        <source>Sync as a user of this cache&apos;s district.</source>
        <translation>Синхронизируйтесь как пользователь района этого кэша.</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>Отправка ваших изменений</translation>
    </message>
    <message>
        <source>Receiving the registry&apos;s changes</source>
        <translation>Получение изменений реестра</translation>
    </message>
    <message>
        <source>{tbl} {uid} was set aside, the registry cannot keep it: {field}: {detail}</source>
        <translation>строка {tbl} {uid} отложена, реестр не может её принять: {field}: {detail}</translation>
    </message>
    <message>
        <source>The registry state kept for {tbl} {uid} could not be read; it was taken again from the registry.</source>
        <translation>Сохранённое состояние реестра для {tbl} {uid} не удалось прочитать; оно заново получено из реестра.</translation>
    </message>
    <message>
        <source>Run the clone again.</source>
        <translation>Запустите клонирование снова.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Area, {unit}</source>
        <translation>Площадь, {unit}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Осталось рабочих дней</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>просрочено на {days}</translation>
    </message>
    <message>
        <source>Application queue</source>
        <translation>Очередь заявлений</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Filter: number, applicant, purpose, officer…</source>
        <translation>Фильтр: номер, заявитель, назначение, исполнитель…</translation>
    </message>
    <message>
        <source>Application queue — {count} applications, {overdue} overdue</source>
        <translation>Очередь заявлений — заявлений: {count}, просрочено: {overdue}</translation>
    </message>
    <message>
        <source>Loading the map layers…</source>
        <translation>Загрузка слоёв карты…</translation>
    </message>
    <message>
        <source>&amp;Open cache…</source>
        <translation>&amp;Открыть кэш…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Find parcel or application…</source>
        <translation>&amp;Найти участок или заявление…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Приблизить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Отдалить</translation>
    </message>
    <message>
        <source>Zoom to &amp;district</source>
        <translation>Показать весь &amp;район</translation>
    </message>
    <message>
        <source>Cancel tool</source>
        <translation>Отменить инструмент</translation>
    </message>
    <message>
        <source>Cancel the measurement or selection in progress</source>
        <translation>Отменить текущее измерение или выбор</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Сдвиг</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>&amp;Информация</translation>
    </message>
    <message>
        <source>&amp;Select by rectangle</source>
        <translation>&amp;Выбор прямоугольником</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Измерение</translation>
    </message>
    <message>
        <source>Edit &amp;vertices</source>
        <translation>Правка &amp;вершин</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Register application…</source>
        <translation>&amp;Зарегистрировать заявление…</translation>
    </message>
    <message>
        <source>Register a paper application: applicant, purpose, right, area and the plot</source>
        <translation>Зарегистрировать бумажное заявление: заявитель, цель, право, площадь и участок</translation>
    </message>
    <message>
        <source>&amp;Import GIS file…</source>
        <translation>&amp;Импорт ГИС-файла…</translation>
    </message>
    <message>
        <source>Import plan zones, red lines or parcels from a GIS file</source>
        <translation>Импорт зон плана, красных линий или участков из ГИС-файла</translation>
    </message>
    <message>
        <source>&amp;Export layer…</source>
        <translation>&amp;Экспорт слоя…</translation>
    </message>
    <message>
        <source>Write a layer, or the selected parcels, to a GeoPackage or GeoJSON file</source>
        <translation>Записать слой или выбранные участки в файл GeoPackage или GeoJSON</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Reset window layout</source>
        <translation>Сбросить расположение панелей</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>{count} parcels loaded.</source>
        <translation>Загружено участков: {count}.</translation>
    </message>
    <message>
        <source>Length {length}</source>
        <translation>Длина {length}</translation>
    </message>
    <message>
        <source>Area {area} m² ({hectares} ha)</source>
        <translation>Площадь {area} м² ({hectares} га)</translation>
    </message>
    <message>
        <source>No parcel at {x}, {y}.</source>
        <translation>В точке {x}, {y} участка нет.</translation>
    </message>
    <message>
        <source>{count} parcels selected.</source>
        <translation>Выбрано участков: {count}.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>По запросу «{text}» ничего не найдено.</translation>
    </message>
    <message>
        <source>Found {label}.</source>
        <translation>Найдено: {label}.</translation>
    </message>
    <message>
        <source>Open a LandDesk cache</source>
        <translation>Открыть кэш LandDesk</translation>
    </message>
    <message>
        <source>LandDesk cache (*.sqlite *.landdesk);;All files (*)</source>
        <translation>Кэш LandDesk (*.sqlite *.landdesk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{what}

What to do: {todo}</source>
        <translation>{what}

Что сделать: {todo}</translation>
    </message>
    <message>
        <source>Internal error: {error}

LandDesk wrote the details to {log}. Nothing saved was lost; send that file to support.</source>
        <translation>Внутренняя ошибка: {error}

LandDesk записал подробности в {log}. Сохранённое не потеряно; отправьте этот файл в поддержку.</translation>
    </message>
    <message>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <source>Agricultural land</source>
        <translation>Земли сельскохозяйственного назначения</translation>
    </message>
    <message>
        <source>Settlement land</source>
        <translation>Земли населённых пунктов</translation>
    </message>
    <message>
        <source>Industry, transport, communications, defence and other non-agricultural land</source>
        <translation>Земли промышленности, транспорта, связи, обороны и иного несельскохозяйственного назначения</translation>
    </message>
    <message>
        <source>Protected, recreational and heritage land</source>
        <translation>Земли особо охраняемых природных территорий, оздоровительного, рекреационного и историко-культурного назначения</translation>
    </message>
    <message>
        <source>Forest fund</source>
        <translation>Земли лесного фонда</translation>
    </message>
    <message>
        <source>Water fund</source>
        <translation>Земли водного фонда</translation>
    </message>
    <message>
        <source>Reserve land</source>
        <translation>Земли запаса</translation>
    </message>
    <message>
        <source>Individual housing construction</source>
        <translation>Индивидуальное жилищное строительство</translation>
    </message>
    <message>
        <source>Personal subsidiary farming</source>
        <translation>Личное подсобное хозяйство</translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation>Садоводство</translation>
    </message>
    <message>
        <source>Dacha construction</source>
        <translation>Дачное строительство</translation>
    </message>
    <message>
        <source>Vegetable growing</source>
        <translation>Огородничество</translation>
    </message>
    <message>
        <source>Peasant or farm enterprise</source>
        <translation>Крестьянское или фермерское хозяйство</translation>
    </message>
    <message>
        <source>Agricultural production</source>
        <translation>Сельскохозяйственное производство</translation>
    </message>
    <message>
        <source>Multi-storey housing</source>
        <translation>Многоэтажная жилая застройка</translation>
    </message>
    <message>
        <source>Public and social buildings</source>
        <translation>Объекты социального назначения</translation>
    </message>
    <message>
        <source>Trade and services</source>
        <translation>Объекты торговли и услуг</translation>
    </message>
    <message>
        <source>Industry and warehouses</source>
        <translation>Производственные и складские объекты</translation>
    </message>
    <message>
        <source>Construction and maintenance of buildings</source>
        <translation>Строительство и обслуживание зданий, строений, сооружений</translation>
    </message>
    <message>
        <source>Engineering and transport infrastructure</source>
        <translation>Инженерная и транспортная инфраструктура</translation>
    </message>
    <message>
        <source>Common use</source>
        <translation>Объекты общего пользования</translation>
    </message>
    <message>
        <source>Recreation</source>
        <translation>Рекреация</translation>
    </message>
    <message>
        <source>Subsoil use</source>
        <translation>Недропользование</translation>
    </message>
    <message>
        <source>Private ownership</source>
        <translation>Частная собственность</translation>
    </message>
    <message>
        <source>Permanent land use</source>
        <translation>Постоянное землепользование</translation>
    </message>
    <message>
        <source>Short-term lease (up to 5 years)</source>
        <translation>Краткосрочная аренда (до 5 лет)</translation>
    </message>
    <message>
        <source>Long-term lease (5 to 49 years)</source>
        <translation>Долгосрочная аренда (от 5 до 49 лет)</translation>
    </message>
    <message>
        <source>Temporary free use</source>
        <translation>Временное безвозмездное землепользование</translation>
    </message>
    <message>
        <source>Service allotment</source>
        <translation>Служебный земельный надел</translation>
    </message>
    <message>
        <source>State land, not granted</source>
        <translation>Земли государственной собственности, не предоставленные</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Зарезервирован</translation>
    </message>
    <message>
        <source>Under application</source>
        <translation>По заявлению</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Изъят</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Погашен</translation>
    </message>
    <message>
        <source>Private servitude</source>
        <translation>Частный сервитут</translation>
    </message>
    <message>
        <source>Public servitude</source>
        <translation>Публичный сервитут</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Залог</translation>
    </message>
    <message>
        <source>Protection zone</source>
        <translation>Охранная зона</translation>
    </message>
    <message>
        <source>Prescription to remedy a violation</source>
        <translation>Предписание об устранении нарушения</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Резервирование</translation>
    </message>
    <message>
        <source>Ban on transactions</source>
        <translation>Запрет на совершение сделок</translation>
    </message>
    <message>
        <source>Incomplete documents</source>
        <translation>Неполный пакет документов</translation>
    </message>
    <message>
        <source>Applicant is in the register of persons whose plots were seized</source>
        <translation>Заявитель в реестре лиц, у которых изъяты земельные участки</translation>
    </message>
    <message>
        <source>Purpose not allowed by the zoning or the approved plan</source>
        <translation>Целевое назначение не соответствует зонированию или утверждённой градостроительной документации</translation>
    </message>
    <message>
        <source>No approved general plan or DPP for construction</source>
        <translation>Отсутствие утверждённого генерального плана или ПДП для строительства</translation>
    </message>
    <message>
        <source>No engineering networks</source>
        <translation>Отсутствие инженерных сетей</translation>
    </message>
    <message>
        <source>Negative conclusion of the land commission</source>
        <translation>Отрицательное заключение земельной комиссии</translation>
    </message>
    <message>
        <source>Negative conclusion of an approving body or utility</source>
        <translation>Отрицательное заключение согласующего органа или сетевой организации</translation>
    </message>
    <message>
        <source>The requested plot is already occupied</source>
        <translation>Испрашиваемый участок занят</translation>
    </message>
    <message>
        <source>Applicant did not approve the allotment scheme in time</source>
        <translation>Заявитель не согласовал схему отвода в срок</translation>
    </message>
    <message>
        <source>Commission conclusion older than one year</source>
        <translation>Истёк годичный срок заключения земельной комиссии</translation>
    </message>
    <message>
        <source>The plot must go to auction or competition</source>
        <translation>Участок подлежит предоставлению на торгах (конкурсе, аукционе)</translation>
    </message>
    <message>
        <source>Land that cannot be granted: common use, reserved or restricted</source>
        <translation>Земли, не подлежащие предоставлению: общего пользования, зарезервированные или ограниченные</translation>
    </message>
    <message>
        <source>Repeated free grant</source>
        <translation>Повторное бесплатное предоставление</translation>
    </message>
    <message>
        <source>IZhS plot without a queue entry</source>
        <translation>Участок под ИЖС без постановки в очередь</translation>
    </message>
    <message>
        <source>Size exceeds the norm</source>
        <translation>Превышение норм предоставления</translation>
    </message>
    <message>
        <source>Applicant is not of age</source>
        <translation>Заявитель не достиг совершеннолетия</translation>
    </message>
    <message>
        <source>The right asked for is reserved to citizens of Kazakhstan</source>
        <translation>Испрашиваемое право предоставляется только гражданам Республики Казахстан</translation>
    </message>
    <message>
        <source>Within 500 m of a shoreline where protection zones are not set</source>
        <translation>В пределах 500 м от уреза воды до установления водоохранных зон</translation>
    </message>
    <message>
        <source>Inside a water-protection strip</source>
        <translation>В пределах водоохранной полосы</translation>
    </message>
    <message>
        <source>Aerodrome area restrictions</source>
        <translation>Ограничения приаэродромной территории</translation>
    </message>
    <message>
        <source>Documents or data inaccurate</source>
        <translation>Недостоверность документов или сведений</translation>
    </message>
    <message>
        <source>public-service rules (MoA Order No 301)</source>
        <translation>правила оказания госуслуги (приказ МСХ № 301)</translation>
    </message>
    <message>
        <source>{n} km</source>
        <translation>{n} км</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translation>{n} м</translation>
    </message>
    <message>
        <source>Agricultural</source>
        <translation>Сельхозназначения</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Населённых пунктов</translation>
    </message>
    <message>
        <source>Industry, transport</source>
        <translation>Промышленности, транспорта</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Особо охраняемые</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Запаса</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Жилая</translation>
    </message>
    <message>
        <source>Social and business</source>
        <translation>Общественно-деловая</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Коммерческая</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иная</translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>Без зоны</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Architecture check</source>
        <translation>Проверка архитектурой</translation>
    </message>
    <message>
        <source>Allotment scheme</source>
        <translation>Схема отвода</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Согласования</translation>
    </message>
    <message>
        <source>Applicant approval</source>
        <translation>Согласование заявителем</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>District boundary</source>
        <translation>Граница района</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Water bodies</source>
        <translation>Водные объекты</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Encumbrances</source>
        <translation>Обременения</translation>
    </message>
    <message>
        <source>Encumbrance</source>
        <translation>Обременение</translation>
    </message>
    <message>
        <source>General plan zones</source>
        <translation>Зоны генплана</translation>
    </message>
    <message>
        <source>Zone without type</source>
        <translation>Зона без типа</translation>
    </message>
    <message>
        <source>DPP zones</source>
        <translation>Зоны ПДП</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Красные линии</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Красная линия</translation>
    </message>
    <message>
        <source>Settlement boundaries</source>
        <translation>Границы населённых пунктов</translation>
    </message>
    <message>
        <source>Settlement boundary</source>
        <translation>Граница населённого пункта</translation>
    </message>
    <message>
        <source>Requested plots</source>
        <translation>Испрашиваемые участки</translation>
    </message>
    <message>
        <source>application {number}: {check} is now {after} (was {before})</source>
        <translation>заявление {number}: «{check}» теперь «{after}» (было «{before}»)</translation>
    </message>
    <message>
        <source>{m2:,.1f} m² ({ha:.4f} ha)</source>
        <translation>{m2:,.1f} м² ({ha:.4f} га)</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Land category</source>
        <translation>Категория земель</translation>
    </message>
    <message>
        <source>Designated purpose</source>
        <translation>Целевое назначение</translation>
    </message>
    <message>
        <source>Purpose as registered</source>
        <translation>Назначение по документам</translation>
    </message>
    <message>
        <source>Functional zone</source>
        <translation>Функциональная зона</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Право</translation>
    </message>
    <message>
        <source>Term of right</source>
        <translation>Срок права</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} лет</translation>
    </message>
    <message>
        <source>Right holder</source>
        <translation>Правообладатель</translation>
    </message>
    <message>
        <source>Holder&apos;s IIN/BIN</source>
        <translation>ИИН/БИН правообладателя</translation>
    </message>
    <message>
        <source>Divisible</source>
        <translation>Делимость</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Official area</source>
        <translation>Площадь по документам</translation>
    </message>
    <message>
        <source>Computed area</source>
        <translation>Вычисленная площадь</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>no zone type</source>
        <translation>тип зоны не указан</translation>
    </message>
    <message>
        <source>application {number}</source>
        <translation>заявление {number}</translation>
    </message>
    <message>
        <source>parcel {number}</source>
        <translation>участок {number}</translation>
    </message>
    <message>
        <source>Your full name is not set</source>
        <translation>Не указаны ваши фамилия, имя и отчество</translation>
    </message>
    <message>
        <source>It is printed on decisions and kept in the audit. Set it in File → Settings, then record this again; nothing was recorded.</source>
        <translation>Они печатаются в решениях и сохраняются в журнале аудита. Укажите их в меню Файл → Настройки и повторите; ничего не записано.</translation>
    </message>
    <message>
        <source>Answer from {body} recorded.</source>
        <translation>Ответ от «{body}» записан.</translation>
    </message>
    <message>
        <source>Technical conditions requested from {body}, due {date}.</source>
        <translation>Технические условия запрошены у «{body}», срок {date}.</translation>
    </message>
    <message>
        <source>Application {number} withdrawn.</source>
        <translation>Заявление {number} отозвано.</translation>
    </message>
    <message>
        <source>Application {number} moved to {status}.</source>
        <translation>Заявление {number} переведено на этап «{status}».</translation>
    </message>
    <message>
        <source>Application {number}: {kind} recorded as decision № {seq}.</source>
        <translation>Заявление {number}: «{kind}» записано как решение № {seq}.</translation>
    </message>
    <message>
        <source>Documents saved: {files} in {folder}.</source>
        <translation>Документы сохранены: {files} в {folder}.</translation>
    </message>
    <message>
        <source>Registered as {number}, due {date}.</source>
        <translation>Зарегистрировано под номером {number}, срок {date}.</translation>
    </message>
    <message>
        <source>Export monitoring</source>
        <translation>Экспорт мониторинга</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Monitoring exported to {file}.</source>
        <translation>Мониторинг выгружен в {file}.</translation>
    </message>
    <message>
        <source>Zone attributes</source>
        <translation>Атрибуты зоны</translation>
    </message>
    <message>
        <source>Parcel attributes</source>
        <translation>Атрибуты участка</translation>
    </message>
    <message>
        <source>Zone code</source>
        <translation>Код зоны</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Zone type</source>
        <translation>Тип зоны</translation>
    </message>
    <message>
        <source>Permitted purposes</source>
        <translation>Разрешённые назначения</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>A zone without permitted purposes cannot be checked against applications: choose at least one.</source>
        <translation>Зону без разрешённых назначений нельзя сверить с заявлениями: выберите хотя бы одно.</translation>
    </message>
    <message>
        <source>Refuse application {number}</source>
        <translation>Отказ по заявлению {number}</translation>
    </message>
    <message>
        <source>Approve application {number}</source>
        <translation>Одобрение заявления {number}</translation>
    </message>
    <message>
        <source>Act number</source>
        <translation>Номер акта</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Правовые основания</translation>
    </message>
    <message>
        <source>Motivation in Russian (sent to the applicant)</source>
        <translation>Мотивировка на русском (направляется заявителю)</translation>
    </message>
    <message>
        <source>Motivation in Kazakh</source>
        <translation>Мотивировка на казахском</translation>
    </message>
    <message>
        <source>Why refuse although every check passed</source>
        <translation>Почему отказ, если все проверки пройдены</translation>
    </message>
    <message>
        <source>Pre-checks failed: {count}. {explanations}</source>
        <translation>Не пройдено предварительных проверок: {count}. {explanations}</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Причина решения вопреки проверкам</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>, {days} WD late</source>
        <translation>, просрочка {days} р. д.</translation>
    </message>
    <message>
        <source>started {started}, due {due}</source>
        <translation>начат {started}, срок {due}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Select an application in the queue to see its automatic pre-checks.</source>
        <translation>Выберите заявление в очереди, чтобы увидеть его автоматические предварительные проверки.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Перепроверить</translation>
    </message>
    <message>
        <source>Run the automatic pre-checks again (after the plan or the plot was corrected)</source>
        <translation>Повторить автоматические предварительные проверки (после исправления плана или участка)</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Отказать…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Одобрить…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Move the application to the next step of its procedure</source>
        <translation>Перевести заявление на следующий шаг процедуры</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Записать ответ…</translation>
    </message>
    <message>
        <source>An approving body&apos;s conclusion or a utility&apos;s technical conditions came in</source>
        <translation>Поступило заключение согласующего органа или технические условия сетевой организации</translation>
    </message>
    <message>
        <source>Request conditions…</source>
        <translation>Запросить ТУ…</translation>
    </message>
    <message>
        <source>Ask one more utility for technical conditions (its own 5 working days)</source>
        <translation>Запросить технические условия ещё у одной сетевой организации (свои 5 рабочих дней)</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>The applicant withdrew the application</source>
        <translation>Заявитель отозвал заявление</translation>
    </message>
    <message>
        <source>Cancel decision…</source>
        <translation>Отменить решение…</translation>
    </message>
    <message>
        <source>The contract was not signed in its term, or the applicant refused to sign</source>
        <translation>Договор не подписан в срок или заявитель отказался его подписать</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>Шаги процедуры</translation>
    </message>
    <message>
        <source>This application is decided; its checks are not run again.</source>
        <translation>По этому заявлению принято решение; проверки больше не выполняются.</translation>
    </message>
    <message>
        <source>passes every check</source>
        <translation>все проверки пройдены</translation>
    </message>
    <message>
        <source>failed checks: {count}</source>
        <translation>не пройдено проверок: {count}</translation>
    </message>
    <message>
        <source>Ground: {code} ({article})</source>
        <translation>Основание: {code} ({article})</translation>
    </message>
    <message>
        <source>The decision itself is recorded with Approve or Refuse</source>
        <translation>Само решение записывается кнопками «Одобрить» или «Отказать»</translation>
    </message>
    <message>
        <source>Same field changed</source>
        <translation>Изменено одно и то же поле</translation>
    </message>
    <message>
        <source>Boundary changed on both sides</source>
        <translation>Граница изменена с обеих сторон</translation>
    </message>
    <message>
        <source>Changed here, deleted there</source>
        <translation>Изменено здесь, удалено там</translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation>Решение уже принято</translation>
    </message>
    <message>
        <source>Boundary overlaps a neighbour</source>
        <translation>Граница накладывается на соседа</translation>
    </message>
    <message>
        <source>Refused by the registry</source>
        <translation>Отклонено реестром</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Plan zone</source>
        <translation>Зона плана</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Water body</source>
        <translation>Водный объект</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Received but held back by the sync</source>
        <translation>Получено, но отложено синхронизацией</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Map: &lt;span style=&apos;color:#5a5a5a&apos;&gt;- - base&lt;/span&gt; · &lt;span style=&apos;color:#1e64e6&apos;&gt;■ mine&lt;/span&gt; · &lt;span style=&apos;color:#dc2828&apos;&gt;■ registry&lt;/span&gt;</source>
        <translation>Карта: &lt;span style=&apos;color:#5a5a5a&apos;&gt;- - исходное&lt;/span&gt; · &lt;span style=&apos;color:#1e64e6&apos;&gt;■ моё&lt;/span&gt; · &lt;span style=&apos;color:#dc2828&apos;&gt;■ реестр&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Accept registry&apos;s</source>
        <translation>Принять версию реестра</translation>
    </message>
    <message>
        <source>Drop my change to this feature and take the registry&apos;s version</source>
        <translation>Отбросить моё изменение объекта и принять версию реестра</translation>
    </message>
    <message>
        <source>Keep mine…</source>
        <translation>Оставить моё…</translation>
    </message>
    <message>
        <source>Send my version again over the registry&apos;s; a reason is required and audited</source>
        <translation>Отправить мою версию поверх версии реестра; нужна причина, она попадёт в аудит</translation>
    </message>
    <message>
        <source>Edit merged…</source>
        <translation>Править объединённую…</translation>
    </message>
    <message>
        <source>Start from the registry&apos;s version and set the differing fields by hand</source>
        <translation>Взять версию реестра и вручную задать различающиеся поля</translation>
    </message>
    <message>
        <source>Changes here and in the registry that disagree: {count}. Nothing was overwritten; choose for each which version stands.</source>
        <translation>Расхождений между изменениями здесь и в реестре: {count}. Ничего не перезаписано; выберите для каждого, какая версия остаётся.</translation>
    </message>
    <message>
        <source>Rows received from the registry and held back: {count}. The sync goes on without them; each comes in when its parent arrives or the registry sends a corrected version.</source>
        <translation>Строк из реестра отложено: {count}. Синхронизация идёт без них; каждая будет принята, когда придёт её родительская запись или реестр пришлёт исправленную версию.</translation>
    </message>
    <message>
        <source>Row {uid} of {table}, registry version {version}</source>
        <translation>Строка {uid} таблицы {table}, версия в реестре {version}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>The registry cannot keep this row, so it was set aside and not sent: {field}: {reason}. Correct it and sync again, or accept the registry&apos;s version.</source>
        <translation>Реестр не может принять эту строку, поэтому она отложена и не отправлена: {field}: {reason}. Исправьте её и синхронизируйте снова или примите версию реестра.</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Why does your version stand over the registry&apos;s? This is kept in the audit log.</source>
        <translation>Почему ваша версия важнее версии реестра? Это сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>Edit the merged version</source>
        <translation>Правка объединённой версии</translation>
    </message>
    <message>
        <source>Starting from the registry&apos;s version; set each field as it should stand.</source>
        <translation>За основу взята версия реестра; задайте каждое поле так, как должно быть.</translation>
    </message>
    <message>
        <source>registry: {value}</source>
        <translation>реестр: {value}</translation>
    </message>
    <message>
        <source>{area} m², {count} vertices</source>
        <translation>{area} м², вершин: {count}</translation>
    </message>
    <message>
        <source>Parcel inspector</source>
        <translation>Инспектор участка</translation>
    </message>
    <message>
        <source>Click a parcel on the map (identify tool) or press Ctrl+F.</source>
        <translation>Щёлкните участок на карте или нажмите Ctrl+F.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>X north (m)</source>
        <translation>X север (м)</translation>
    </message>
    <message>
        <source>Y east (m)</source>
        <translation>Y восток (м)</translation>
    </message>
    <message>
        <source>Side to next (m)</source>
        <translation>Меры линий (м)</translation>
    </message>
    <message>
        <source>Cadastral plan…</source>
        <translation>Кадастровый план…</translation>
    </message>
    <message>
        <source>Write the land-cadastral plan of this parcel (PDF, Russian and Kazakh) and open it</source>
        <translation>Сформировать земельно-кадастровый план участка (PDF, на русском и казахском) и открыть его</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the parcel&apos;s attributes (checked as you type; undo with Ctrl+Z)</source>
        <translation>Изменить атрибуты участка (проверяются при вводе; отмена — Ctrl+Z)</translation>
    </message>
    <message>
        <source>Copy catalogue</source>
        <translation>Копировать каталог</translation>
    </message>
    <message>
        <source>Copy the boundary points as tab-separated text (paste into a spreadsheet)</source>
        <translation>Скопировать поворотные точки текстом с табуляцией (для вставки в таблицу)</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <source>Boundary points</source>
        <translation>Поворотные точки</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Смежники</translation>
    </message>
    <message>
        <source>Plan zones</source>
        <translation>Зоны плана</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>No parcel here.</source>
        <translation>Здесь нет участка.</translation>
    </message>
    <message>
        <source>No official area on record.</source>
        <translation>Площадь по документам не указана.</translation>
    </message>
    <message>
        <source>differs by more than 1 %</source>
        <translation>расхождение более 1 %</translation>
    </message>
    <message>
        <source>agrees within 1 %</source>
        <translation>совпадает в пределах 1 %</translation>
    </message>
    <message>
        <source>Official {official} m² vs computed {computed} m²: {difference} — {verdict}.</source>
        <translation>По документам {official} м², вычислено {computed} м²: {difference} — {verdict}.</translation>
    </message>
    <message>
        <source>(ring {ring})</source>
        <translation>(контур {ring})</translation>
    </message>
    <message>
        <source>shares {length} m</source>
        <translation>общая граница {length} м</translation>
    </message>
    <message>
        <source>no permitted purposes recorded</source>
        <translation>разрешённые назначения не указаны</translation>
    </message>
    <message>
        <source>{code} {name} — {kind}, {share} of the parcel
   {plan} ({plan_kind}, {status})
   permits: {permitted}</source>
        <translation>{code} {name} — {kind}, {share} участка
   {plan} ({plan_kind}, {status})
   допускает: {permitted}</translation>
    </message>
    <message>
        <source>No encumbrances.</source>
        <translation>Обременений нет.</translation>
    </message>
    <message>
        <source>Neighbours ({count})</source>
        <translation>Смежники ({count})</translation>
    </message>
    <message>
        <source>Applications ({count})</source>
        <translation>Заявления ({count})</translation>
    </message>
    <message>
        <source>Boundary points of {number}</source>
        <translation>Поворотные точки участка {number}</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>Parcels by</source>
        <translation>Участки по</translation>
    </message>
    <message>
        <source>Akimat units</source>
        <translation>Подразделения акимата</translation>
    </message>
    <message>
        <source>Approving bodies</source>
        <translation>Согласующие органы</translation>
    </message>
    <message>
        <source>Utilities (technical conditions)</source>
        <translation>Сетевые организации (технические условия)</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Заявители</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Open this tab to compute the figures.</source>
        <translation>Откройте эту вкладку, чтобы рассчитать показатели.</translation>
    </message>
    <message>
        <source>Late steps: who answers</source>
        <translation>Просроченные шаги: кто отвечает</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Refusals by ground</source>
        <translation>Отказы по основаниям</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{decided}&lt;/b&gt; decided, &lt;b&gt;{on_time}&lt;/b&gt; on time; median &lt;b&gt;{median}&lt;/b&gt; working days to a decision; &lt;b&gt;{refused}&lt;/b&gt; refused despite passing every check (as of {today}).</source>
        <translation>Решено: &lt;b&gt;{decided}&lt;/b&gt;, в срок: &lt;b&gt;{on_time}&lt;/b&gt;; медиана &lt;b&gt;{median}&lt;/b&gt; рабочих дней до решения; отказано, несмотря на пройденные проверки: &lt;b&gt;{refused}&lt;/b&gt; (на {today}).</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation>Качество плана</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Все планы</translation>
    </message>
    <message>
        <source>Run every data-quality rule on the chosen plan</source>
        <translation>Проверить выбранный план по всем правилам качества данных</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>Choose a plan and press Check.</source>
        <translation>Выберите план и нажмите «Проверить».</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Impact on pending applications: no plan edit yet.</source>
        <translation>Влияние на заявления в работе: план ещё не правился.</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Findings: {count}. {checked}.</source>
        <translation>Замечаний: {count}. {checked}.</translation>
    </message>
    <message>
        <source>No findings: {plans} meet every rule.</source>
        <translation>Замечаний нет: {plans} соответствуют всем правилам.</translation>
    </message>
    <message>
        <source>Impact on pending applications: pre-check results changed: {count}.</source>
        <translation>Влияние на заявления в работе: изменилось результатов проверок: {count}.</translation>
    </message>
    <message>
        <source>Impact on pending applications: no pre-check result changed.</source>
        <translation>Влияние на заявления в работе: результаты проверок не изменились.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Sa&amp;ve edits</source>
        <translation>&amp;Сохранить правки</translation>
    </message>
    <message>
        <source>Mark the edits as the session&apos;s result (each is already stored)</source>
        <translation>Отметить правки как итог сеанса (каждая уже записана)</translation>
    </message>
    <message>
        <source>A&amp;bandon edits</source>
        <translation>Отказаться от &amp;правок</translation>
    </message>
    <message>
        <source>Undo every edit since the edits were last saved</source>
        <translation>Отменить все правки с последнего сохранения</translation>
    </message>
    <message>
        <source>&amp;Delete vertex</source>
        <translation>&amp;Удалить вершину</translation>
    </message>
    <message>
        <source>Delete the chosen vertex of the zone being edited</source>
        <translation>Удалить выбранную вершину редактируемой зоны</translation>
    </message>
    <message>
        <source>Delete &amp;zone</source>
        <translation>Удалить &amp;зону</translation>
    </message>
    <message>
        <source>Delete the zone being edited (undo brings it back)</source>
        <translation>Удалить редактируемую зону (отмена вернёт её)</translation>
    </message>
    <message>
        <source>&amp;Reshape boundary</source>
        <translation>&amp;Изменить границу</translation>
    </message>
    <message>
        <source>Draw a line from the boundary to the boundary: outside adds, inside cuts off; right-click applies</source>
        <translation>Проведите линию от границы до границы: снаружи — добавляет, внутри — отрезает; правый щелчок применяет</translation>
    </message>
    <message>
        <source>Edit red &amp;lines</source>
        <translation>Править красные &amp;линии</translation>
    </message>
    <message>
        <source>The edit tool picks red lines</source>
        <translation>Инструмент правки выбирает красные линии</translation>
    </message>
    <message>
        <source>Edit settlement &amp;boundaries</source>
        <translation>Править &amp;границы населённых пунктов</translation>
    </message>
    <message>
        <source>The edit tool picks settlement boundaries</source>
        <translation>Инструмент правки выбирает границы населённых пунктов</translation>
    </message>
    <message>
        <source>S&amp;plit zone by line</source>
        <translation>&amp;Разделить зону линией</translation>
    </message>
    <message>
        <source>Click the cutting line&apos;s points across the zone; right-click cuts</source>
        <translation>Щёлкайте точки линии разреза поперёк зоны; правый щелчок разрезает</translation>
    </message>
    <message>
        <source>Edit &amp;attributes…</source>
        <translation>Изменить &amp;атрибуты…</translation>
    </message>
    <message>
        <source>Edit the zone&apos;s type, permitted purposes and code</source>
        <translation>Изменить тип зоны, разрешённые назначения и код</translation>
    </message>
    <message>
        <source>&amp;Merge zones</source>
        <translation>&amp;Объединить зоны</translation>
    </message>
    <message>
        <source>Merge the zone being edited with the zones Shift-clicked next to it</source>
        <translation>Объединить редактируемую зону с соседними, выбранными щелчком с Shift</translation>
    </message>
    <message>
        <source>Edit plan &amp;zones</source>
        <translation>Править &amp;зоны плана</translation>
    </message>
    <message>
        <source>The edit tool picks plan zones</source>
        <translation>Инструмент правки выбирает зоны плана</translation>
    </message>
    <message>
        <source>Edit &amp;parcels</source>
        <translation>Править &amp;участки</translation>
    </message>
    <message>
        <source>The edit tool picks parcels (a boundary correction is audited)</source>
        <translation>Инструмент правки выбирает участки (исправление границы попадает в аудит)</translation>
    </message>
    <message>
        <source>Draw new &amp;zone</source>
        <translation>Нарисовать новую &amp;зону</translation>
    </message>
    <message>
        <source>Click the corners of a new zone of the plan chosen in Plan quality; right-click closes it</source>
        <translation>Щёлкайте углы новой зоны плана, выбранного в «Качестве плана»; правый щелчок замыкает её</translation>
    </message>
    <message>
        <source>Draw new red &amp;line</source>
        <translation>Нарисовать новую красную &amp;линию</translation>
    </message>
    <message>
        <source>Click the points of a red line of the plan chosen in Plan quality; right-click ends it</source>
        <translation>Щёлкайте точки красной линии плана, выбранного в «Качестве плана»; правый щелчок завершает её</translation>
    </message>
    <message>
        <source>Editing {label}: drag a vertex, double-click an edge to add one, F2 for attributes; Ctrl+Z undoes.</source>
        <translation>Правка {label}: перетаскивайте вершину, двойной щелчок по ребру добавляет вершину, F2 — атрибуты; Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <source>Edit stored; pre-check results changed: {count}.</source>
        <translation>Правка записана; изменилось результатов проверок: {count}.</translation>
    </message>
    <message>
        <source>Edits saved: each was stored as it was made; this is now the session&apos;s start.</source>
        <translation>Правки сохранены: каждая записывалась сразу; теперь это начало сеанса.</translation>
    </message>
    <message>
        <source>Zones chosen: {count}. Edit → Merge zones joins them.</source>
        <translation>Выбрано зон: {count}. Правка → Объединить зоны соединит их.</translation>
    </message>
    <message>
        <source>no plan is chosen for the new feature</source>
        <translation>для нового объекта не выбран план</translation>
    </message>
    <message>
        <source>Choose its plan in the Plan quality dock first.</source>
        <translation>Сначала выберите его план на панели «Качество плана».</translation>
    </message>
    <message>
        <source>Click the points; right-click finishes, Esc stops.</source>
        <translation>Щёлкайте точки; правый щелчок завершает, Esc прерывает.</translation>
    </message>
    <message>
        <source>too few points</source>
        <translation>слишком мало точек</translation>
    </message>
    <message>
        <source>A zone needs three corners, a line two.</source>
        <translation>Зоне нужны три угла, линии — две точки.</translation>
    </message>
    <message>
        <source>Click the line from the boundary to the boundary; right-click applies, Esc stops.</source>
        <translation>Щёлкайте линию от границы до границы; правый щелчок применяет, Esc прерывает.</translation>
    </message>
    <message>
        <source>Click the cutting line across the zone; right-click to cut, Esc to stop.</source>
        <translation>Щёлкайте линию разреза поперёк зоны; правый щелчок — разрезать, Esc — прервать.</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.dxf *.csv);;All files (*)</source>
        <translation>ГИС-файлы (*.gpkg *.shp *.geojson *.json *.dxf *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a GIS file</source>
        <translation>Импорт ГИС-файла</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <source>{imported} of {read} features imported as {target} (source CRS {crs}); {refused} refused.</source>
        <translation>Импортировано {imported} из {read} объектов как «{target}» (исходная СК {crs}); отклонено: {refused}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Примечание: {warning}</translation>
    </message>
    <message>
        <source>feature {row}: {reason}</source>
        <translation>объект {row}: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more (`landdesk import` lists them all)</source>
        <translation>… и ещё {count} (полный список выводит `landdesk import`)</translation>
    </message>
    <message>
        <source>Pre-checks changed:</source>
        <translation>Изменились предварительные проверки:</translation>
    </message>
    <message>
        <source>No pending application&apos;s pre-checks changed.</source>
        <translation>Предварительные проверки заявлений в работе не изменились.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Selected parcels ({count})</source>
        <translation>Выбранные участки ({count})</translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation>Экспорт слоя</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>Что экспортировать:</translation>
    </message>
    <message>
        <source>Export: {layer}</source>
        <translation>Экспорт: {layer}</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>{count} features written to {file}.</source>
        <translation>Записано объектов: {count} в {file}.</translation>
    </message>
    <message>
        <source>Find parcel or application</source>
        <translation>Найти участок или заявление</translation>
    </message>
    <message>
        <source>Cadastral number (19-245-156-036, 19:245:156:036, 19245156036) or application number (2026-0074)</source>
        <translation>Кадастровый номер (19-245-156-036, 19:245:156:036, 19245156036) или номер заявления (2026-0074)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Find a parcel by cadastral number or an application by its number:</source>
        <translation>Найти участок по кадастровому номеру или заявление по номеру:</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”. Check the number; separators may be -, : or spaces.</source>
        <translation>Ничего не соответствует «{text}». Проверьте номер; разделителями могут быть -, : или пробелы.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <source>{count} features; fields: {fields}</source>
        <translation>объектов: {count}; поля: {fields}</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>As the file declares ({crs})</source>
        <translation>Как указано в файле ({crs})</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>Исходная система координат</translation>
    </message>
    <message>
        <source>{encoding} (guessed)</source>
        <translation>{encoding} (определена автоматически)</translation>
    </message>
    <message>
        <source>Attribute encoding</source>
        <translation>Кодировка атрибутов</translation>
    </message>
    <message>
        <source>Field in the file</source>
        <translation>Поле в файле</translation>
    </message>
    <message>
        <source>LandDesk field</source>
        <translation>Поле LandDesk</translation>
    </message>
    <message>
        <source>Zones belong to a plan: choose it.</source>
        <translation>Зоны относятся к плану: выберите его.</translation>
    </message>
    <message>
        <source>The file declares no CRS: choose one.</source>
        <translation>В файле не указана система координат: выберите её.</translation>
    </message>
    <message>
        <source>Each feature is checked; a bad one is reported with its row and reason and the rest are imported. Nothing is kept if you cancel.</source>
        <translation>Каждый объект проверяется; о плохом сообщается с номером строки и причиной, остальные импортируются. При отмене ничего не сохраняется.</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>выбрана вами</translation>
    </message>
    <message>
        <source>Read as {encoding} ({why}), the text looks like: {preview}</source>
        <translation>В кодировке {encoding} ({why}) текст выглядит так: {preview}</translation>
    </message>
    <message>
        <source>Checking the plan…</source>
        <translation>Проверка плана…</translation>
    </message>
    <message>
        <source>Plan check: findings: {count}.</source>
        <translation>Проверка плана: замечаний: {count}.</translation>
    </message>
    <message>
        <source>Answer from {body}</source>
        <translation>Ответ от «{body}»</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Positive (conditions issued, approved without reservations)</source>
        <translation>Положительный (условия выданы, согласовано без замечаний)</translation>
    </message>
    <message>
        <source>Negative (refused or with reservations)</source>
        <translation>Отрицательный (отказ или с замечаниями)</translation>
    </message>
    <message>
        <source>Letter number and date; for a negative answer, the body&apos;s reasons</source>
        <translation>Номер и дата письма; для отрицательного ответа — причины органа</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>срок {date}</translation>
    </message>
    <message>
        <source>no term</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Register application</source>
        <translation>Регистрация заявления</translation>
    </message>
    <message>
        <source>Surname, name and patronymic, or the organisation&apos;s name</source>
        <translation>Фамилия, имя, отчество или наименование организации</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Citizen of Kazakhstan</source>
        <translation>Гражданин Республики Казахстан</translation>
    </message>
    <message>
        <source>Free grant (Art. 50 p.2 norms apply)</source>
        <translation>Безвозмездно (применяются нормы ст. 50 п. 2)</translation>
    </message>
    <message>
        <source>Irrigated land</source>
        <translation>Орошаемые земли</translation>
    </message>
    <message>
        <source>square metres</source>
        <translation>квадратных метров</translation>
    </message>
    <message>
        <source>for example 19-245-001-001, when the plot is an existing parcel</source>
        <translation>например 19-245-001-001, если участок уже существует</translation>
    </message>
    <message>
        <source>Draw on the map…</source>
        <translation>Нарисовать на карте…</translation>
    </message>
    <message>
        <source>no plot drawn</source>
        <translation>участок не нарисован</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>One document a line: identity card, application form, scheme…</source>
        <translation>По одному документу в строке: удостоверение личности, заявление, схема…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation>ИИН или БИН</translation>
    </message>
    <message>
        <source>Area, m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>IZhS queue number</source>
        <translation>Номер в очереди на ИЖС</translation>
    </message>
    <message>
        <source>Lease term, years</source>
        <translation>Срок аренды, лет</translation>
    </message>
    <message>
        <source>Documents attached</source>
        <translation>Приложенные документы</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>plot drawn: {area} m², {points} points</source>
        <translation>участок нарисован: {area} м², точек: {points}</translation>
    </message>
    <message>
        <source>Letter, reasons</source>
        <translation>Письмо, причины</translation>
    </message>
    <message>
        <source>A negative answer needs the body&apos;s reasons: a refusal will have to cite them.</source>
        <translation>Для отрицательного ответа нужны причины органа: на них придётся сослаться в отказе.</translation>
    </message>
    <message>
        <source>Request technical conditions for {number}</source>
        <translation>Запрос технических условий по {number}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запросить</translation>
    </message>
    <message>
        <source>Utility (natural monopoly) to ask</source>
        <translation>Сетевая организация (субъект естественной монополии)</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>Withdraw application {number}</source>
        <translation>Отзыв заявления {number}</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>How the applicant withdrew it: written request № and date, e-gov cabinet…</source>
        <translation>Как заявитель отозвал: письменное заявление № и дата, кабинет e-gov…</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Applicant&apos;s request</source>
        <translation>Заявление заявителя</translation>
    </message>
    <message>
        <source>Cancel the decision on {number}</source>
        <translation>Отмена решения по заявлению {number}</translation>
    </message>
    <message>
        <source>Cancel the decision</source>
        <translation>Отменить решение</translation>
    </message>
    <message>
        <source>Why: the contract&apos;s term passed unsigned on …, or the applicant&apos;s refusal № … of …</source>
        <translation>Причина: срок подписания договора истёк …, или отказ заявителя № … от …</translation>
    </message>
    <message>
        <source>The approval is cancelled because the contract was not signed (Art. 44-2 p.16); the parcel becomes free again.</source>
        <translation>Решение отменяется, так как договор не подписан (ст. 44-2 п. 16); участок снова становится свободным.</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Reason in Russian</source>
        <translation>Причина на русском</translation>
    </message>
    <message>
        <source>Reason in Kazakh</source>
        <translation>Причина на казахском</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Send your changes to the registry and bring back others&apos;</source>
        <translation>Отправить ваши изменения в реестр и получить изменения других</translation>
    </message>
    <message>
        <source>Synced: sent {sent}, received {received}.</source>
        <translation>Синхронизировано: отправлено {sent}, получено {received}.</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {count}.</source>
        <translation>Конфликтов к разрешению: {count}.</translation>
    </message>
    <message>
        <source>Decisions this cache had lost, restored from the registry: {count}.</source>
        <translation>Утраченных кэшем решений восстановлено из реестра: {count}.</translation>
    </message>
    <message>
        <source>Conflict resolved ({resolution}); it goes to the registry at the next sync.</source>
        <translation>Конфликт разрешён ({resolution}); результат уйдёт в реестр при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Send your changes to the registry and bring back others&apos; (F9)</source>
        <translation>Отправить ваши изменения в реестр и получить изменения других (F9)</translation>
    </message>
    <message>
        <source>Stop the sync; nothing is lost, the rest goes next time</source>
        <translation>Остановить синхронизацию; ничего не потеряется, остальное уйдёт в следующий раз</translation>
    </message>
    <message>
        <source>Not linked to a registry</source>
        <translation>Не связан с реестром</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Не в сети</translation>
    </message>
    <message>
        <source>… Checking</source>
        <translation>… Проверка</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>{count} to send</source>
        <translation>к отправке: {count}</translation>
    </message>
    <message>
        <source>last sync {time}</source>
        <translation>последняя синхронизация {time}</translation>
    </message>
    <message>
        <source>conflicts: {count}</source>
        <translation>конфликтов: {count}</translation>
    </message>
    <message>
        <source>held back: {count}</source>
        <translation>отложено: {count}</translation>
    </message>
    <message>
        <source>Registry {registry} as {user}</source>
        <translation>Реестр {registry}, пользователь {user}</translation>
    </message>
    <message>
        <source>This cache is not linked to a registry, so there is nothing to sync it with.</source>
        <translation>Этот кэш не связан с реестром, синхронизировать его не с чем.</translation>
    </message>
    <message>
        <source>Clone your district from the registry (File → Clone district…, or landdesk clone URL --district CODE --out PATH) and work in that cache; the demo district stays on this computer.</source>
        <translation>Клонируйте свой район из реестра (Файл → Клонировать район… или landdesk clone URL --district CODE --out PATH) и работайте в этом кэше; демонстрационный район остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>Password of {user} at {registry}:</source>
        <translation>Пароль пользователя {user} в {registry}:</translation>
    </message>
    <message>
        <source>Building the demo district (50,000 parcels)…</source>
        <translation>Создание демонстрационного района (50 000 участков)…</translation>
    </message>
    <message>
        <source>language «{value}»: use one of kk, ru, en, or leave it empty</source>
        <translation>язык «{value}»: укажите kk, ru, en или оставьте пустым</translation>
    </message>
    <message>
        <source>registry address «{value}»: it starts with http:// or https://</source>
        <translation>адрес реестра «{value}»: он начинается с http:// или https://</translation>
    </message>
    <message>
        <source>display CRS «{value}»: write it as EPSG:4326, or leave it empty</source>
        <translation>система координат «{value}»: укажите в виде EPSG:4326 или оставьте пустой</translation>
    </message>
    <message>
        <source>parcel style «{value}»: use one of {allowed}</source>
        <translation>стиль участков «{value}»: используйте одно из {allowed}</translation>
    </message>
    <message>
        <source>units «{area}»/«{length}»: use m2 or ha, and m or km</source>
        <translation>единицы «{area}»/«{length}»: m2 или ha, и m или km</translation>
    </message>
    <message>
        <source>officer role «{value}»: use officer or head</source>
        <translation>роль сотрудника «{value}»: укажите officer или head</translation>
    </message>
    <message>
        <source>The settings file could not be read ({error}); it was kept as {kept} and the defaults are used. Set your language and registry again in Settings.</source>
        <translation>Файл настроек не удалось прочитать ({error}); он сохранён как {kept}, используются значения по умолчанию. Заново задайте язык и реестр в настройках.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Interface language, registry, district, coordinates, units</source>
        <translation>Язык интерфейса, реестр, район, координаты, единицы</translation>
    </message>
    <message>
        <source>&amp;Clone district…</source>
        <translation>&amp;Клонировать район…</translation>
    </message>
    <message>
        <source>Make a new cache of a district from the registry and open it</source>
        <translation>Создать новый кэш района из реестра и открыть его</translation>
    </message>
    <message>
        <source>The display CRS {crs} is not known; coordinates are shown in the district&apos;s CRS and WGS 84. Choose another in Settings.</source>
        <translation>Система координат {crs} неизвестна; координаты показываются в системе района и WGS 84. Выберите другую в настройках.</translation>
    </message>
    <message>
        <source>{lon}° E  {lat}° N</source>
        <translation>{lon}° в. д.  {lat}° с. ш.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>region-district code, for example 19-245</source>
        <translation>код область-район, например 19-245</translation>
    </message>
    <message>
        <source>The district&apos;s own CRS</source>
        <translation>Система координат района</translation>
    </message>
    <message>
        <source>WGS 84 degrees (EPSG:4326)</source>
        <translation>Градусы WGS 84 (EPSG:4326)</translation>
    </message>
    <message>
        <source>Coordinates in the status bar; type another code as EPSG:28412</source>
        <translation>Координаты в строке состояния; другой код вводите как EPSG:28412</translation>
    </message>
    <message>
        <source>square metres (m²)</source>
        <translation>квадратных метрах (м²)</translation>
    </message>
    <message>
        <source>hectares (ha)</source>
        <translation>гектарах (га)</translation>
    </message>
    <message>
        <source>metres (m)</source>
        <translation>метрах (м)</translation>
    </message>
    <message>
        <source>kilometres (km)</source>
        <translation>километрах (км)</translation>
    </message>
    <message>
        <source>Surname, name and patronymic, as on the act</source>
        <translation>Фамилия, имя и отчество, как в акте</translation>
    </message>
    <message>
        <source>Head of the land department</source>
        <translation>Руководитель отдела земельных отношений</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Ваши Ф. И. О.</translation>
    </message>
    <message>
        <source>Position (Russian)</source>
        <translation>Должность (на русском)</translation>
    </message>
    <message>
        <source>Position (Kazakh)</source>
        <translation>Должность (на казахском)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>Адрес реестра</translation>
    </message>
    <message>
        <source>Registry user</source>
        <translation>Пользователь реестра</translation>
    </message>
    <message>
        <source>Coordinates shown in</source>
        <translation>Координаты показывать в</translation>
    </message>
    <message>
        <source>Parcels coloured by</source>
        <translation>Раскраска участков по</translation>
    </message>
    <message>
        <source>Areas in</source>
        <translation>Площади в</translation>
    </message>
    <message>
        <source>Lengths in</source>
        <translation>Длины в</translation>
    </message>
    <message>
        <source>The window reopens on the same cache to apply the language, units and styles; nothing is lost.</source>
        <translation>Окно откроется заново на том же кэше, чтобы применить язык, единицы и стили; ничего не потеряется.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Clone a district from the registry</source>
        <translation>Клонирование района из реестра</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Save the cache as</source>
        <translation>Сохранить кэш как</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Клонировать</translation>
    </message>
    <message>
        <source>Fill in the registry address (http:// or https://), user, password, district and file.</source>
        <translation>Заполните адрес реестра (http:// или https://), пользователя, пароль, район и файл.</translation>
    </message>
    <message>
        <source>Welcome to LandDesk</source>
        <translation>Добро пожаловать в LandDesk</translation>
    </message>
    <message>
        <source>The land officer&apos;s workstation: parcels, plans and applications for land plots, working offline and syncing with the registry. To begin, open your district&apos;s cache, clone it from the registry, or try the demo district.</source>
        <translation>Рабочее место специалиста по земельным отношениям: участки, планы и заявления на земельные участки, работа без сети и синхронизация с реестром. Для начала откройте кэш своего района, клонируйте его из реестра или попробуйте демонстрационный район.</translation>
    </message>
    <message>
        <source>Open a cache…</source>
        <translation>Открыть кэш…</translation>
    </message>
    <message>
        <source>Clone a district from the registry…</source>
        <translation>Клонировать район из реестра…</translation>
    </message>
    <message>
        <source>Open the demo district</source>
        <translation>Открыть демонстрационный район</translation>
    </message>
    <message>
        <source>A made-up district of 50,000 parcels with plans and applications, built on this computer (about half a minute the first time)</source>
        <translation>Вымышленный район из 50 000 участков с планами и заявлениями, создаётся на этом компьютере (в первый раз около полуминуты)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>No cache has been opened on this computer yet.</source>
        <translation>На этом компьютере ещё не открывали ни одного кэша.</translation>
    </message>
    <message>
        <source>Recent caches</source>
        <translation>Недавние кэши</translation>
    </message>
    <message>
        <source>zone {code}</source>
        <translation>зона {code}</translation>
    </message>
    <message>
        <source>red line {street}</source>
        <translation>красная линия {street}</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>Geometry is valid</source>
        <translation>Геометрия корректна</translation>
    </message>
    <message>
        <source>the zone has no geometry</source>
        <translation>у зоны нет геометрии</translation>
    </message>
    <message>
        <source>the outline is not a valid polygon: {reason}</source>
        <translation>контур — некорректный полигон: {reason}</translation>
    </message>
    <message>
        <source>the red line has no length</source>
        <translation>у красной линии нулевая длина</translation>
    </message>
    <message>
        <source>Coordinates are in the district&apos;s CRS and inside the district</source>
        <translation>Координаты в системе района и внутри района</translation>
    </message>
    <message>
        <source>the district boundary is missing, so the plan&apos;s position cannot be checked</source>
        <translation>нет границы района, поэтому положение плана проверить нельзя</translation>
    </message>
    <message>
        <source> (the coordinates look like degrees: the file&apos;s CRS was probably not declared)</source>
        <translation> (координаты похожи на градусы: вероятно, в файле не указана система координат)</translation>
    </message>
    <message>
        <source> (far from the district: another CRS or zone, or swapped X and Y)</source>
        <translation> (далеко от района: другая система координат или зона, либо перепутаны X и Y)</translation>
    </message>
    <message>
        <source>lies outside the district by {size:,.1f} m²{hint}</source>
        <translation>выходит за пределы района на {size:,.1f} м²{hint}</translation>
    </message>
    <message>
        <source>lies outside the district by {size:,.1f} m{hint}</source>
        <translation>выходит за пределы района на {size:,.1f} м{hint}</translation>
    </message>
    <message>
        <source>Zones of one plan do not overlap</source>
        <translation>Зоны одного плана не накладываются</translation>
    </message>
    <message>
        <source>overlaps {other} by {area:,.1f} m² (tolerance {tolerance:g} m²)</source>
        <translation>накладывается на {other} на {area:,.1f} м² (допуск {tolerance:g} м²)</translation>
    </message>
    <message>
        <source>No gaps between zones inside the plan&apos;s boundary</source>
        <translation>Нет разрывов между зонами внутри границы плана</translation>
    </message>
    <message>
        <source>{area:,.1f} m² inside the plan&apos;s boundary belong to no zone (near X {x:,.0f} Y {y:,.0f})</source>
        <translation>{area:,.1f} м² внутри границы плана не входят ни в одну зону (около X {x:,.0f} Y {y:,.0f})</translation>
    </message>
    <message>
        <source>Zones stay inside the plan&apos;s boundary</source>
        <translation>Зоны не выходят за границу плана</translation>
    </message>
    <message>
        <source>reaches {area:,.1f} m² beyond the plan&apos;s boundary</source>
        <translation>выходит за границу плана на {area:,.1f} м²</translation>
    </message>
    <message>
        <source>Every zone has a zone type and at least one permitted purpose</source>
        <translation>У каждой зоны есть тип и хотя бы одно разрешённое назначение</translation>
    </message>
    <message>
        <source>has no zone type and no permitted purposes: applications in it cannot be checked</source>
        <translation>нет типа зоны и разрешённых назначений: заявления в ней нельзя проверить</translation>
    </message>
    <message>
        <source>has no zone type: applications in it cannot be checked</source>
        <translation>нет типа зоны: заявления в ней нельзя проверить</translation>
    </message>
    <message>
        <source>has no permitted purposes: applications in it cannot be checked</source>
        <translation>нет разрешённых назначений: заявления в ней нельзя проверить</translation>
    </message>
    <message>
        <source>Red lines are continuous</source>
        <translation>Красные линии непрерывны</translation>
    </message>
    <message>
        <source>ends {gap:,.2f} m short of the next red line: the line is broken there</source>
        <translation>обрывается в {gap:,.2f} м от соседней красной линии: здесь разрыв</translation>
    </message>
    <message>
        <source>Red lines do not cut through registered parcels</source>
        <translation>Красные линии не пересекают зарегистрированные участки</translation>
    </message>
    <message>
        <source>runs {length:,.1f} m through registered parcel {number}</source>
        <translation>проходит {length:,.1f} м через зарегистрированный участок {number}</translation>
    </message>
    <message>
        <source>Zones do not contradict registered parcels&apos; purposes</source>
        <translation>Зоны не противоречат назначению зарегистрированных участков</translation>
    </message>
    <message>
        <source>does not permit {purposes}, the purpose of registered parcels in it ({count}: {numbers})</source>
        <translation>не допускает «{purposes}» — назначение зарегистрированных участков в ней ({count}: {numbers})</translation>
    </message>
    <message>
        <source>An approved plan has its approval act number and date</source>
        <translation>У утверждённого плана есть номер и дата акта утверждения</translation>
    </message>
    <message>
        <source>is marked approved but has no approval act number and no act date: pre-checks cannot cite it</source>
        <translation>отмечен как утверждённый, но без номера и даты акта утверждения: проверки не могут на него ссылаться</translation>
    </message>
    <message>
        <source>is marked approved but has no approval act number: pre-checks cannot cite it</source>
        <translation>отмечен как утверждённый, но без номера акта утверждения: проверки не могут на него ссылаться</translation>
    </message>
    <message>
        <source>is marked approved but has no approval act date: pre-checks cannot cite it</source>
        <translation>отмечен как утверждённый, но без даты акта утверждения: проверки не могут на него ссылаться</translation>
    </message>
    <message>
        <source>region</source>
        <translation>область</translation>
    </message>
    <message>
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>участок</translation>
    </message>
    <message>
        <source>the {part} part must be digits</source>
        <translation>часть «{part}» должна состоять из цифр</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>он пуст</translation>
    </message>
    <message>
        <source>it has {count} digits, a plot number has 11 or 12</source>
        <translation>в нём {count} цифр, а в номере участка 11 или 12</translation>
    </message>
    <message>
        <source>it must be exactly 12 digits</source>
        <translation>должно быть ровно 12 цифр</translation>
    </message>
    <message>
        <source>the check digit does not match</source>
        <translation>контрольная цифра не совпадает</translation>
    </message>
    <message>
        <source>the first six digits are not a birth date</source>
        <translation>первые шесть цифр — не дата рождения</translation>
    </message>
    <message>
        <source>there is no such feature in {layer}</source>
        <translation>в слое «{layer}» такого объекта нет</translation>
    </message>
    <message>
        <source>Select the feature again.</source>
        <translation>Выберите объект снова.</translation>
    </message>
    <message>
        <source>{layer} have no field {fields}</source>
        <translation>у слоя «{layer}» нет поля {fields}</translation>
    </message>
    <message>
        <source>Check the field names.</source>
        <translation>Проверьте имена полей.</translation>
    </message>
    <message>
        <source>new {layer} are not drawn on the map</source>
        <translation>новые объекты слоя «{layer}» не рисуются на карте</translation>
    </message>
    <message>
        <source>Draw plan zones and red lines; parcels come from surveys (File → Import).</source>
        <translation>Рисуйте зоны плана и красные линии; участки поступают из съёмки (Файл → Импорт).</translation>
    </message>
    <message>
        <source>{layer} cannot be split here</source>
        <translation>объекты слоя «{layer}» здесь не делятся</translation>
    </message>
    <message>
        <source>Split plan zones; a parcel&apos;s division gets its new cadastral numbers through GosCorp.</source>
        <translation>Делите зоны плана; раздел участка получает новые кадастровые номера через Госкорпорацию.</translation>
    </message>
    <message>
        <source>{layer} cannot be edited on the map</source>
        <translation>слой «{layer}» нельзя править на карте</translation>
    </message>
    <message>
        <source>Edit one of: {layers}.</source>
        <translation>Правьте один из слоёв: {layers}.</translation>
    </message>
    <message>
        <source>a red line is a line</source>
        <translation>красная линия — это линия</translation>
    </message>
    <message>
        <source>Draw it with at least two points.</source>
        <translation>Нарисуйте её хотя бы по двум точкам.</translation>
    </message>
    <message>
        <source>the feature would have no geometry</source>
        <translation>у объекта не останется геометрии</translation>
    </message>
    <message>
        <source>the geometry would be invalid ({why})</source>
        <translation>геометрия станет некорректной ({why})</translation>
    </message>
    <message>
        <source>Correct the outline so that it does not cross itself.</source>
        <translation>Исправьте контур, чтобы он не пересекал себя.</translation>
    </message>
    <message>
        <source>«{value}» is not a zone type</source>
        <translation>«{value}» — не тип зоны</translation>
    </message>
    <message>
        <source>Choose one of: {types}.</source>
        <translation>Выберите один из типов: {types}.</translation>
    </message>
    <message>
        <source>the permitted purposes are not a list</source>
        <translation>разрешённые назначения — не список</translation>
    </message>
    <message>
        <source>Choose them from the list.</source>
        <translation>Выберите их из списка.</translation>
    </message>
    <message>
        <source>unknown permitted purposes: {purposes}</source>
        <translation>неизвестные разрешённые назначения: {purposes}</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл только для чтения</translation>
    </message>
    <message>
        <source>it is a SQLite database, but not a LandDesk cache</source>
        <translation>это база SQLite, но не кэш LandDesk</translation>
    </message>
    <message>
        <source>its creation never finished</source>
        <translation>его создание не было завершено</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation>файл — не база данных SQLite</translation>
    </message>
    <message>
        <source>the file is truncated ({size:,} bytes of {expected:,}); it was probably copied or downloaded incompletely</source>
        <translation>файл обрезан ({size:,} байт из {expected:,}); вероятно, он скопирован или загружен не полностью</translation>
    </message>
    <message>
        <source>the spatial index of {table} does not match its rows</source>
        <translation>пространственный индекс слоя {table} не соответствует его строкам</translation>
    </message>
    <message>
        <source>decision {uid} (district chain position {position}) is missing from this cache</source>
        <translation>решение {uid} (позиция {position} в цепочке района) отсутствует в этом кэше</translation>
    </message>
    <message>
        <source>decision {seq} ({uid}, district chain position {position}) was changed: its content is not what the registry accepted</source>
        <translation>решение {seq} ({uid}, позиция {position} в цепочке района) изменено: его содержание не совпадает с принятым реестром</translation>
    </message>
    <message>
        <source>decision {seq} ({uid}) is marked as accepted by the registry, but the registry never had it</source>
        <translation>решение {seq} ({uid}) отмечено как принятое реестром, но в реестре его никогда не было</translation>
    </message>
    <message>
        <source>decision {seq} ({uid}) was added behind LandDesk&apos;s back: the registry never had it and no operation recorded it</source>
        <translation>решение {seq} ({uid}) добавлено в обход LandDesk: в реестре его не было, и ни одна операция его не записала</translation>
    </message>
    <message>
        <source>this cache&apos;s record of the registry&apos;s chain was altered at district chain position {position}</source>
        <translation>запись этого кэша о цепочке реестра изменена на позиции {position} цепочки района</translation>
    </message>
    <message>
        <source>the registry holds {count} decisions of the district, but this cache had checked {position} of them with it</source>
        <translation>в реестре {count} решений района, а этот кэш уже сверил с ним {position}</translation>
    </message>
    <message>
        <source>the registry&apos;s own chain does not add up at district chain position {position}</source>
        <translation>собственная цепочка реестра не сходится на позиции {position} цепочки района</translation>
    </message>
    <message>
        <source>The application was not registered: {problems}.</source>
        <translation>Заявление не зарегистрировано: {problems}.</translation>
    </message>
    <message>
        <source>Correct the fields named and register it again; nothing was saved.</source>
        <translation>Исправьте названные поля и зарегистрируйте заново; ничего не сохранено.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>it must be a JSON object</source>
        <translation>это должен быть объект JSON</translation>
    </message>
    <message>
        <source>LandDesk gives the number at registration; remove it</source>
        <translation>номер присваивает LandDesk при регистрации; удалите его</translation>
    </message>
    <message>
        <source>an object with the applicant&apos;s name and IIN or BIN is required</source>
        <translation>нужен объект с именем заявителя и ИИН или БИН</translation>
    </message>
    <message>
        <source>the number {iin} is {kind}&apos;s</source>
        <translation>номер {iin} принадлежит: {kind}</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>физическое лицо</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>state land is not a right that can be granted</source>
        <translation>государственная земля — не право, которое можно предоставить</translation>
    </message>
    <message>
        <source>a free grant cannot be {right}</source>
        <translation>безвозмездное предоставление не может быть {right}</translation>
    </message>
    <message>
        <source>«{value}» is not a cadastral number</source>
        <translation>«{value}» — не кадастровый номер</translation>
    </message>
    <message>
        <source>draw the plot or give its parcel&apos;s cadastral number</source>
        <translation>нарисуйте участок или укажите его кадастровый номер</translation>
    </message>
    <message>
        <source>a term is only for a lease or temporary use, not {right}</source>
        <translation>срок указывается только для аренды или временного пользования, не для {right}</translation>
    </message>
    <message>
        <source>it is required</source>
        <translation>значение обязательно</translation>
    </message>
    <message>
        <source>it must be a list of document names</source>
        <translation>это должен быть список наименований документов</translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation>значение должно быть true или false</translation>
    </message>
    <message>
        <source>«{value}» is not one of {allowed}</source>
        <translation>«{value}» не входит в число: {allowed}</translation>
    </message>
    <message>
        <source>it must be a number</source>
        <translation>нужно число</translation>
    </message>
    <message>
        <source>{value} is outside 0 to {limit}</source>
        <translation>{value} вне диапазона от 0 до {limit}</translation>
    </message>
    <message>
        <source>it must be a whole number from {low} to {high}</source>
        <translation>это должно быть целое число от {low} до {high}</translation>
    </message>
    <message>
        <source>«{value}» is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} — дата в будущем</translation>
    </message>
    <message>
        <source>the applicant&apos;s IIN (a person) or BIN (an organisation) is required</source>
        <translation>нужен ИИН (физическое лицо) или БИН (организация) заявителя</translation>
    </message>
    <message>
        <source>it is not a valid IIN/BIN</source>
        <translation>это не действительный ИИН/БИН</translation>
    </message>
    <message>
        <source>«{value}» is not a CRS like EPSG:32643</source>
        <translation>«{value}» — не система координат вида EPSG:32643</translation>
    </message>
    <message>
        <source>it is not a GeoJSON polygon</source>
        <translation>это не полигон GeoJSON</translation>
    </message>
    <message>
        <source>it is a {kind}, not a polygon</source>
        <translation>это {kind}, а не полигон</translation>
    </message>
    <message>
        <source>a coordinate is not a finite number</source>
        <translation>одна из координат — не конечное число</translation>
    </message>
    <message>
        <source>the boundary is not valid ({why})</source>
        <translation>граница недействительна ({why})</translation>
    </message>
    <message>
        <source>{stated} m² is stated, but the plot drawn is {drawn} m²</source>
        <translation>указано {stated} м², а нарисованный участок — {drawn} м²</translation>
    </message>
    <message>
        <source>it must be a finite number, not {value}</source>
        <translation>нужно конечное число, а не {value}</translation>
    </message>
    <message>
        <source>it must be a whole number</source>
        <translation>нужно целое число</translation>
    </message>
    <message>
        <source>it must be 0 or 1</source>
        <translation>допустимо только 0 или 1</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>число слишком велико</translation>
    </message>
    <message>
        <source>it must be text</source>
        <translation>нужен текст</translation>
    </message>
    <message>
        <source>it is longer than {limit} characters</source>
        <translation>длиннее {limit} символов</translation>
    </message>
    <message>
        <source>it must be a JSON list</source>
        <translation>нужен список JSON</translation>
    </message>
    <message>
        <source>«{value}» is not one of the allowed codes</source>
        <translation>«{value}» не входит в допустимые коды</translation>
    </message>
    <message>
        <source>«{value}» is not a cadastral number RR-DDD-QQQ-NNN</source>
        <translation>«{value}» — не кадастровый номер вида RR-DDD-QQQ-NNN</translation>
    </message>
    <message>
        <source>«{value}» is not a valid IIN/BIN</source>
        <translation>«{value}» — недопустимый ИИН/БИН</translation>
    </message>
    <message>
        <source>this table holds no geometry</source>
        <translation>в этой таблице не бывает геометрии</translation>
    </message>
    <message>
        <source>a boundary is required</source>
        <translation>нужна граница</translation>
    </message>
    <message>
        <source>the geometry is larger than {limit} bytes</source>
        <translation>геометрия больше {limit} байт</translation>
    </message>
    <message>
        <source>the geometry cannot be read (it is not WKB)</source>
        <translation>геометрию невозможно прочитать (это не WKB)</translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation>геометрия пуста</translation>
    </message>
    <message>
        <source>it is a {found}, this layer holds {wanted}</source>
        <translation>это {found}, а слой содержит {wanted}</translation>
    </message>
    <message>
        <source>it has heights (Z or M); LandDesk keeps plan coordinates only</source>
        <translation>в ней есть высоты (Z или M); LandDesk хранит только плановые координаты</translation>
    </message>
    <message>
        <source>it has {count} vertices, more than the limit of {limit}</source>
        <translation>в ней {count} вершин — больше предела {limit}</translation>
    </message>
    <message>
        <source>it has coordinates that are not finite numbers</source>
        <translation>в ней есть координаты, не являющиеся конечными числами</translation>
    </message>
    <message>
        <source>the boundary is not valid ({reason})</source>
        <translation>граница некорректна ({reason})</translation>
    </message>
    <message>
        <source>it lies {distance} km from the district: the coordinates are not in the district&apos;s CRS</source>
        <translation>она лежит в {distance} км от района: координаты не в системе координат района</translation>
    </message>
    <message>
        <source>{tbl} is not a table the registry keeps</source>
        <translation>{tbl} — не таблица, которую ведёт реестр</translation>
    </message>
    <message>
        <source>{tbl} has no field {field}</source>
        <translation>в таблице {tbl} нет поля {field}</translation>
    </message>
    <message>
        <source>it may not be empty</source>
        <translation>значение не может быть пустым</translation>
    </message>
    <message>
        <source>waiting for its {parent} {parent_uid}, which has not arrived yet</source>
        <translation>ждёт родительскую запись ({parent} {parent_uid}), которая ещё не получена</translation>
    </message>
    <message>
        <source>the registry sent it in a form LandDesk cannot read ({error})</source>
        <translation>реестр прислал её в виде, который LandDesk не может прочитать ({error})</translation>
    </message>
    <message>
        <source>the cache cannot store it ({error})</source>
        <translation>кэш не может её сохранить ({error})</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>участок</translation>
    </message>
    <message>
        <source>application</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>в карантине</translation>
    </message>
    <message>
        <source>waiting for its parent</source>
        <translation>ждёт родительскую запись</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>There is no application {number} in this cache.</source>
        <translation>В этом кэше нет заявления {number}.</translation>
    </message>
    <message>
        <source>Check the number (YYYY-NNNN) or sync to bring new applications.</source>
        <translation>Проверьте номер (ГГГГ-NNNN) или выполните синхронизацию, чтобы получить новые заявления.</translation>
    </message>
    <message>
        <source>there is no parcel {number} in this district</source>
        <translation>в этом районе нет участка {number}</translation>
    </message>
    <message>
        <source>«{value}» is not a CRS LandDesk knows</source>
        <translation>«{value}» — неизвестная LandDesk система координат</translation>
    </message>
    <message>
        <source>the boundary is not valid in the district&apos;s CRS</source>
        <translation>граница недействительна в системе координат района</translation>
    </message>
    <message>
        <source>recording a step</source>
        <translation>отметка шага</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>одобрение</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>отмена</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>отзыв</translation>
    </message>
    <message>
        <source>Application {number}: {action} is not allowed now: {reason}.</source>
        <translation>Заявление {number}: действие {action} сейчас не допускается: {reason}.</translation>
    </message>
    <message>
        <source>nothing is open</source>
        <translation>открытых шагов нет</translation>
    </message>
    <message>
        <source>{code} «{title}»{body}, due {due}</source>
        <translation>{code} «{title}»{body}, срок {due}</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>ещё {count}</translation>
    </message>
    <message>
        <source>it waits for {steps}</source>
        <translation>ожидается: {steps}</translation>
    </message>
    <message>
        <source>track {track} has no such action</source>
        <translation>в порядке {track} такого действия нет</translation>
    </message>
    <message>
        <source>the application is «{status}»; {action} is taken at {states}</source>
        <translation>заявление на этапе «{status}»; {action} выполняется на этапе: {states}</translation>
    </message>
    <message>
        <source>the role «{role}» cannot; it is for {roles}</source>
        <translation>роли «{role}» это не разрешено; это для: {roles}</translation>
    </message>
    <message>
        <source>{code}{body}</source>
        <translation>{code}{body}</translation>
    </message>
    <message>
        <source>a negative conclusion is on record ({steps}); the procedure leads to a motivated refusal, and only the head of the land department can approve over it, with a recorded override</source>
        <translation>имеется отрицательное заключение ({steps}); процедура ведёт к мотивированному отказу, и одобрить вопреки ему может только руководитель отдела земельных отношений с записанным обоснованием</translation>
    </message>
    <message>
        <source>a negative conclusion is on record ({steps}); refuse with its grounds</source>
        <translation>имеется отрицательное заключение ({steps}); откажите по его основаниям</translation>
    </message>
    <message>
        <source>no step is open before the decision; approve or refuse</source>
        <translation>до решения открытых шагов нет; одобрите или откажите</translation>
    </message>
    <message>
        <source>every step after the decision is done</source>
        <translation>все шаги после решения выполнены</translation>
    </message>
    <message>
        <source>the application is «{status}»</source>
        <translation>заявление в статусе «{status}»</translation>
    </message>
    <message>
        <source>the decision has no contract step</source>
        <translation>у решения нет шага заключения договора</translation>
    </message>
    <message>
        <source>the contract was signed</source>
        <translation>договор подписан</translation>
    </message>
    <message>
        <source>the contract may be signed until {due}; a decision is cancelled only when that term has passed or the applicant refused to sign</source>
        <translation>договор может быть подписан до {due}; решение отменяется, только когда этот срок истёк или заявитель отказался подписать</translation>
    </message>
    <message>
        <source>Refuse on the grounds the negative conclusion gives, or ask the head to record an override.</source>
        <translation>Откажите по основаниям отрицательного заключения или попросите руководителя записать обоснование.</translation>
    </message>
    <message>
        <source>Record those steps first (landdesk step … or the Steps panel).</source>
        <translation>Сначала отметьте эти шаги (landdesk step … или панель «Шаги»).</translation>
    </message>
    <message>
        <source>Record the contract when it is signed; cancel only after its term.</source>
        <translation>Отметьте договор, когда он подписан; отменяйте только после истечения срока.</translation>
    </message>
    <message>
        <source>Actions the procedure permits now: {actions}.</source>
        <translation>Действия, которые процедура допускает сейчас: {actions}.</translation>
    </message>
    <message>
        <source>a negative outcome has no reasons</source>
        <translation>у отрицательного результата не указаны причины</translation>
    </message>
    <message>
        <source>Give the reasons (--reasons); the refusal will have to cite them.</source>
        <translation>Укажите причины (--reasons); отказ должен будет на них ссылаться.</translation>
    </message>
    <message>
        <source>{code} is the decision itself</source>
        <translation>{code} — это само решение</translation>
    </message>
    <message>
        <source>Approve or refuse (landdesk decide).</source>
        <translation>Одобрите или откажите (landdesk decide).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>step {code} is not open (open steps: {open})</source>
        <translation>шаг {code} не открыт (открытые шаги: {open})</translation>
    </message>
    <message>
        <source>Record one of the open steps.</source>
        <translation>Отметьте один из открытых шагов.</translation>
    </message>
    <message>
        <source>step {code} is answered by several bodies ({bodies})</source>
        <translation>на шаг {code} отвечают несколько органов ({bodies})</translation>
    </message>
    <message>
        <source>Name the body (--body).</source>
        <translation>Укажите орган (--body).</translation>
    </message>
    <message>
        <source>the text is valid UTF-8</source>
        <translation>текст является корректным UTF-8</translation>
    </message>
    <message>
        <source>it is not UTF-8, and {encoding} reads it as Russian or Kazakh text best (score {score:.0f}; {others})</source>
        <translation>это не UTF-8, а в {encoding} он лучше всего читается как русский или казахский текст (оценка {score:.0f}; {others})</translation>
    </message>
    <message>
        <source>«{value}» is not a period.</source>
        <translation>«{value}» — не период.</translation>
    </message>
    <message>
        <source>Give a quarter as 2026Q4 or a month as 2026-11.</source>
        <translation>Укажите квартал в виде 2026Q4 или месяц в виде 2026-11.</translation>
    </message>
</context>
</TS>
