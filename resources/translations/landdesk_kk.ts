<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name></name>
    <message>
        <source>General procedure through the land commission</source>
        <translation>Жер комиссиясы арқылы жалпы тәртіп</translation>
    </message>
    <message>
        <source>Application forwarded to the land-relations body and architecture</source>
        <translation>Өтініш жер қатынастары жөніндегі уәкілетті органға және сәулет бөліміне жіберілді</translation>
    </message>
    <message>
        <source>Zoning check and materials to the land commission</source>
        <translation>Аймақтарға бөлуді тексеру және материалдарды жер комиссиясына жіберу</translation>
    </message>
    <message>
        <source>Land commission conclusion</source>
        <translation>Жер комиссиясының қорытындысы</translation>
    </message>
    <message>
        <source>Conclusion handed to the applicant</source>
        <translation>Қорытынды өтініш берушіге берілді</translation>
    </message>
    <message>
        <source>Land management project prepared and approved</source>
        <translation>Жерге орналастыру жобасы дайындалып, бекітілді</translation>
    </message>
    <message>
        <source>Approved project sent to the akimat</source>
        <translation>Бекітілген жоба әкімдікке жіберілді</translation>
    </message>
    <message>
        <source>Akimat decision</source>
        <translation>Әкімдік шешімі</translation>
    </message>
    <message>
        <source>Construction plot in a town or village</source>
        <translation>Қалада немесе ауылда құрылысқа арналған учаске</translation>
    </message>
    <message>
        <source>Application to the architecture unit</source>
        <translation>Сәулет бөліміне өтініш</translation>
    </message>
    <message>
        <source>Act of selection, situation scheme, APZ, TU questionnaire, topography</source>
        <translation>Таңдау актісі, ситуациялық схема, СЖТ, ТШ сауалнамасы, топографиялық түсірілім</translation>
    </message>
    <message>
        <source>Approving bodies&apos; conclusions</source>
        <translation>Келісуші органдардың қорытындылары</translation>
    </message>
    <message>
        <source>Natural monopolies issue technical conditions</source>
        <translation>Табиғи монополия субъектілері техникалық шарттар береді</translation>
    </message>
    <message>
        <source>Final act of selection with APZ, TU and topography</source>
        <translation>СЖТ, ТШ және топографиялық түсірілімі бар түпкілікті таңдау актісі</translation>
    </message>
    <message>
        <source>Applicant approves the final act and pays the cadastral works</source>
        <translation>Өтініш беруші түпкілікті актіні келіседі және кадастрлық жұмыстарға ақы төлейді</translation>
    </message>
    <message>
        <source>Land-cadastral plan made by GosCorp</source>
        <translation>Жер-кадастрлық жоспарды Мемлекеттік корпорация дайындады</translation>
    </message>
    <message>
        <source>Land-cadastral plan approved</source>
        <translation>Жер-кадастрлық жоспар бекітілді</translation>
    </message>
    <message>
        <source>Grant in a city, fully electronic</source>
        <translation>Қалада толығымен электрондық түрде беру</translation>
    </message>
    <message>
        <source>Akimat sends the application to the architecture unit</source>
        <translation>Әкімдік өтінішті сәулет бөліміне жібереді</translation>
    </message>
    <message>
        <source>Architecture checks the request against the approved urban-planning document</source>
        <translation>Сәулет бөлімі сұратуды бекітілген қала құрылысы құжаттамасына сәйкестігін тексереді</translation>
    </message>
    <message>
        <source>Allotment scheme formed</source>
        <translation>Бөлу схемасы жасалды</translation>
    </message>
    <message>
        <source>Scheme sent to all approvers at once</source>
        <translation>Схема барлық келісушілерге бір мезгілде жіберілді</translation>
    </message>
    <message>
        <source>Approvers&apos; conclusions without reservations</source>
        <translation>Келісушілердің ескертусіз қорытындылары</translation>
    </message>
    <message>
        <source>Scheme sent to the applicant&apos;s cabinet</source>
        <translation>Схема өтініш берушінің жеке кабинетіне жіберілді</translation>
    </message>
    <message>
        <source>Applicant approves the allotment scheme</source>
        <translation>Өтініш беруші бөлу схемасын келіседі</translation>
    </message>
    <message>
        <source>Scheme to the land-relations body for a draft decision</source>
        <translation>Шешім жобасы үшін схема жер қатынастары жөніндегі органға</translation>
    </message>
    <message>
        <source>Free IZhS plot from the queue on a prepared site</source>
        <translation>Дайындалған алаптағы кезек бойынша ЖТҚ үшін тегін учаске</translation>
    </message>
    <message>
        <source>Queue entry checked against GosCorp&apos;s record of earlier free IZhS grants</source>
        <translation>Кезек Мемлекеттік корпорацияның ЖТҚ үшін бұрын тегін берілген учаскелер есебімен салыстырылды</translation>
    </message>
    <message>
        <source>Plot on the prepared site checked against the approved urban-planning document</source>
        <translation>Дайындалған алаптағы учаске бекітілген қала құрылысы құжаттамасына сәйкестігі тексерілді</translation>
    </message>
    <message>
        <source>Allotment scheme formed and sent to all approvers at once</source>
        <translation>Бөлу схемасы жасалып, барлық келісушілерге бір мезгілде жіберілді</translation>
    </message>
    <message>
        <source>A demo district of {parcels:,} parcels is too small to hold a town, a DPP, a village and its applications.</source>
        <translation>{parcels:,} учаскеден тұратын демо аудан қала, ЕЖЖ, ауыл және өтініштер сыйғызуға тым кіші.</translation>
    </message>
    <message>
        <source>Ask for at least {minimum:,} parcels.</source>
        <translation>Кемінде {minimum:,} учаске көрсетіңіз.</translation>
    </message>
    <message>
        <source>LandDesk was not closed properly last time (a crash, a kill or a power cut). The cache was checked: the database and its spatial indexes are intact, and everything saved is there.</source>
        <translation>Өткен жолы LandDesk дұрыс жабылмады (ақау, мәжбүрлі тоқтату немесе электр қуатының өшуі). Кэш тексерілді: дерекқор мен оның кеңістіктік индекстері бүтін, сақталғанның бәрі орнында.</translation>
    </message>
    <message>
        <source>LandDesk was not closed properly last time, and the check found: {problems}. Nothing was changed. Restore the cache from a backup or clone the district again; send the log to your administrator.</source>
        <translation>Өткен жолы LandDesk дұрыс жабылмады, тексеру мынаны анықтады: {problems}. Ештеңе өзгертілген жоқ. Кэшті сақтық көшірмеден қалпына келтіріңіз немесе ауданды қайта клондаңыз; журналды әкімшіге жіберіңіз.</translation>
    </message>
    <message>
        <source>The edit was not made: {reason}.</source>
        <translation>Түзету орындалмады: {reason}.</translation>
    </message>
    <message>
        <source>{todo}</source>
        <translation>{todo}</translation>
    </message>
    <message>
        <source>the feature has no part {part}</source>
        <translation>нысанның {part} бөлігі жоқ</translation>
    </message>
    <message>
        <source>Choose a vertex of the feature.</source>
        <translation>Нысанның төбесін таңдаңыз.</translation>
    </message>
    <message>
        <source>a line needs at least two points</source>
        <translation>сызыққа кемінде екі нүкте қажет</translation>
    </message>
    <message>
        <source>Delete the line instead.</source>
        <translation>Оның орнына сызықты жойыңыз.</translation>
    </message>
    <message>
        <source>the outline would be invalid ({why})</source>
        <translation>контур жарамсыз болады ({why})</translation>
    </message>
    <message>
        <source>Place the vertex so the boundary does not cross itself.</source>
        <translation>Шекара өзін-өзі қиып өтпейтіндей етіп төбені қойыңыз.</translation>
    </message>
    <message>
        <source>there is no such vertex</source>
        <translation>мұндай төбе жоқ</translation>
    </message>
    <message>
        <source>Delete the feature instead.</source>
        <translation>Оның орнына нысанды жойыңыз.</translation>
    </message>
    <message>
        <source>the feature has no vertices</source>
        <translation>нысанның төбелері жоқ</translation>
    </message>
    <message>
        <source>Choose another feature.</source>
        <translation>Басқа нысанды таңдаңыз.</translation>
    </message>
    <message>
        <source>only a single polygon can be reshaped</source>
        <translation>шекараны тек бір көпбұрышта өзгертуге болады</translation>
    </message>
    <message>
        <source>Reshape each part on its own.</source>
        <translation>Әр бөлікті жеке өзгертіңіз.</translation>
    </message>
    <message>
        <source>the line does not meet the boundary twice</source>
        <translation>сызық шекарамен екі рет қиылыспайды</translation>
    </message>
    <message>
        <source>Start and end the line on the boundary (snapping helps).</source>
        <translation>Сызықты шекарадан бастап, шекарада аяқтаңыз (тартылу көмектеседі).</translation>
    </message>
    <message>
        <source>the reshaped outline would not be one valid polygon</source>
        <translation>өзгертілген контур бір дұрыс көпбұрыш болмайды</translation>
    </message>
    <message>
        <source>Draw the line again.</source>
        <translation>Сызықты қайта салыңыз.</translation>
    </message>
    <message>
        <source>only a single polygon can be split</source>
        <translation>тек бір көпбұрышты бөлуге болады</translation>
    </message>
    <message>
        <source>Split each part on its own.</source>
        <translation>Әр бөлікті жеке бөліңіз.</translation>
    </message>
    <message>
        <source>the line does not cross the polygon from edge to edge</source>
        <translation>сызық көпбұрышты шетінен шетіне дейін қимайды</translation>
    </message>
    <message>
        <source>Draw the cutting line so that it starts and ends outside the polygon.</source>
        <translation>Кесу сызығын көпбұрыштан тыс басталып, тыс аяқталатындай жүргізіңіз.</translation>
    </message>
    <message>
        <source>merging needs at least two features</source>
        <translation>біріктіру үшін кемінде екі нысан қажет</translation>
    </message>
    <message>
        <source>Select the features to merge.</source>
        <translation>Біріктірілетін нысандарды таңдаңыз.</translation>
    </message>
    <message>
        <source>the features do not share an edge</source>
        <translation>нысандардың ортақ қабырғасы жоқ</translation>
    </message>
    <message>
        <source>Merge only neighbouring features.</source>
        <translation>Тек көршілес нысандарды біріктіріңіз.</translation>
    </message>
    <message>
        <source>«{value}» is not a valid cadastral number: {reason}.</source>
        <translation>«{value}» — жарамсыз кадастрлық нөмір: {reason}.</translation>
    </message>
    <message>
        <source>Enter it as RR-DDD-QQQ-NNN or RR-DDD-QQQ-NNNN (region, district, quarter, plot).</source>
        <translation>RR-DDD-QQQ-NNN немесе RR-DDD-QQQ-NNNN түрінде енгізіңіз (облыс, аудан, орам, учаске).</translation>
    </message>
    <message>
        <source>«{value}» is not a valid IIN/BIN: {reason}.</source>
        <translation>«{value}» — жарамсыз ЖСН/БСН: {reason}.</translation>
    </message>
    <message>
        <source>Check the 12 digits against the applicant&apos;s identity document.</source>
        <translation>12 цифрды өтініш берушінің жеке басын куәландыратын құжатымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>architecture check</source>
        <translation>сәулет тексеруі</translation>
    </message>
    <message>
        <source>allotment scheme</source>
        <translation>бөлу схемасы</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>келісулер</translation>
    </message>
    <message>
        <source>applicant approval</source>
        <translation>өтініш берушінің келісуі</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>шешім</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>мақұлданды</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>күші жойылды</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кері қайтарылды</translation>
    </message>
    <message>
        <source>IZhS</source>
        <translation>ЖТҚ</translation>
    </message>
    <message>
        <source>LPH</source>
        <translation>ЖҚШ</translation>
    </message>
    <message>
        <source>gardening</source>
        <translation>бағбандық</translation>
    </message>
    <message>
        <source>dacha</source>
        <translation>саяжай</translation>
    </message>
    <message>
        <source>vegetable plot</source>
        <translation>бақша</translation>
    </message>
    <message>
        <source>farm</source>
        <translation>ШҚ</translation>
    </message>
    <message>
        <source>agricultural production</source>
        <translation>ауыл шаруашылығы өндірісі</translation>
    </message>
    <message>
        <source>multi-storey housing</source>
        <translation>көп қабатты тұрғын үй</translation>
    </message>
    <message>
        <source>public building</source>
        <translation>әлеуметтік нысан</translation>
    </message>
    <message>
        <source>commercial</source>
        <translation>коммерциялық</translation>
    </message>
    <message>
        <source>industrial</source>
        <translation>өндірістік</translation>
    </message>
    <message>
        <source>building</source>
        <translation>ғимараттар мен құрылыстар</translation>
    </message>
    <message>
        <source>infrastructure</source>
        <translation>инфрақұрылым</translation>
    </message>
    <message>
        <source>common use</source>
        <translation>ортақ пайдалану</translation>
    </message>
    <message>
        <source>recreation</source>
        <translation>рекреация</translation>
    </message>
    <message>
        <source>subsoil use</source>
        <translation>жер қойнауын пайдалану</translation>
    </message>
    <message>
        <source>agricultural land</source>
        <translation>ауыл шаруашылығы мақсатындағы жерлер</translation>
    </message>
    <message>
        <source>settlement land</source>
        <translation>елді мекендердің жерлері</translation>
    </message>
    <message>
        <source>industry and transport</source>
        <translation>өнеркәсіп және көлік жерлері</translation>
    </message>
    <message>
        <source>protected areas</source>
        <translation>ерекше қорғалатын аумақтар</translation>
    </message>
    <message>
        <source>forest fund</source>
        <translation>орман қоры</translation>
    </message>
    <message>
        <source>water fund</source>
        <translation>су қоры</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>босалқы жерлер</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <source>free</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>резервте</translation>
    </message>
    <message>
        <source>under application</source>
        <translation>өтініш бойынша</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>алып қойылған</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <source>private ownership</source>
        <translation>жеке меншік</translation>
    </message>
    <message>
        <source>permanent use</source>
        <translation>тұрақты пайдалану</translation>
    </message>
    <message>
        <source>short-term lease</source>
        <translation>қысқа мерзімді жалдау</translation>
    </message>
    <message>
        <source>long-term lease</source>
        <translation>ұзақ мерзімді жалдау</translation>
    </message>
    <message>
        <source>free use</source>
        <translation>өтеусіз пайдалану</translation>
    </message>
    <message>
        <source>service allotment</source>
        <translation>қызметтік үлес</translation>
    </message>
    <message>
        <source>state land</source>
        <translation>мемлекеттік жер</translation>
    </message>
    <message>
        <source>private servitude</source>
        <translation>жеке сервитут</translation>
    </message>
    <message>
        <source>public servitude</source>
        <translation>жария сервитут</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>кепіл</translation>
    </message>
    <message>
        <source>protection zone</source>
        <translation>күзет аймағы</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Approving body</source>
        <translation>Келісуші орган</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Желілік ұйым</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation>Мемлекеттік корпорация</translation>
    </message>
    <message>
        <source>open</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>теріс</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>өткізілді</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>мақұлдау</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>бас тарту</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>күшін жою</translation>
    </message>
    <message>
        <source>general plan</source>
        <translation>бас жоспар</translation>
    </message>
    <message>
        <source>DPP</source>
        <translation>ЕЖЖ</translation>
    </message>
    <message>
        <source>development scheme</source>
        <translation>даму схемасы</translation>
    </message>
    <message>
        <source>building project</source>
        <translation>құрылыс салу жобасы</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ауыстырылған</translation>
    </message>
    <message>
        <source>residential</source>
        <translation>тұрғын</translation>
    </message>
    <message>
        <source>social</source>
        <translation>әлеуметтік</translation>
    </message>
    <message>
        <source>other</source>
        <translation>өзге</translation>
    </message>
    <message>
        <source>individual housing</source>
        <translation>жеке тұрғын үй құрылысы</translation>
    </message>
    <message>
        <source>public and business</source>
        <translation>қоғамдық-іскерлік</translation>
    </message>
    <message>
        <source>trade and services</source>
        <translation>сауда және қызмет көрсету</translation>
    </message>
    <message>
        <source>agricultural</source>
        <translation>ауыл шаруашылығы</translation>
    </message>
    <message>
        <source>special</source>
        <translation>арнайы</translation>
    </message>
    <message>
        <source>defence</source>
        <translation>қорғаныс</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>учаскелер</translation>
    </message>
    <message>
        <source>plan zones</source>
        <translation>жоспар аймақтары</translation>
    </message>
    <message>
        <source>red lines</source>
        <translation>қызыл сызықтар</translation>
    </message>
    <message>
        <source>settlement boundaries</source>
        <translation>елді мекендердің шекаралары</translation>
    </message>
    <message>
        <source>requested plots</source>
        <translation>сұралған учаскелер</translation>
    </message>
    <message>
        <source>geometry valid</source>
        <translation>геометрия дұрыс</translation>
    </message>
    <message>
        <source>coordinates plausible</source>
        <translation>координаттар шынайы</translation>
    </message>
    <message>
        <source>inside settlement</source>
        <translation>елді мекен шегінде</translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation>қабаттасу жоқ</translation>
    </message>
    <message>
        <source>plan covers</source>
        <translation>жоспар бар</translation>
    </message>
    <message>
        <source>zone permits</source>
        <translation>аймақ рұқсат етеді</translation>
    </message>
    <message>
        <source>no red lines</source>
        <translation>қызыл сызықтар жоқ</translation>
    </message>
    <message>
        <source>size norm</source>
        <translation>алаң нормасы</translation>
    </message>
    <message>
        <source>water 500 m</source>
        <translation>су 500 м</translation>
    </message>
    <message>
        <source>no competing</source>
        <translation>бәсекелес жоқ</translation>
    </message>
    <message>
        <source>water protection</source>
        <translation>су қорғау</translation>
    </message>
    <message>
        <source>applicant of age</source>
        <translation>өтініш берушінің кәмелеттігі</translation>
    </message>
    <message>
        <source>applicant citizenship</source>
        <translation>өтініш берушінің азаматтығы</translation>
    </message>
    <message>
        <source>free grant once in a lifetime</source>
        <translation>өмірінде бір рет тегін беру</translation>
    </message>
    <message>
        <source>IZhS special register</source>
        <translation>ЖТҚ арнаулы есебі</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <source>Application {number} cannot move from {current} to {target}: {reason}.</source>
        <translation>{number} өтініші «{current}» күйінен «{target}» күйіне өте алмайды: {reason}.</translation>
    </message>
    <message>
        <source>a negative conclusion is on record ({steps})</source>
        <translation>теріс қорытынды тіркелген ({steps})</translation>
    </message>
    <message>
        <source>A negative conclusion leads to a motivated refusal (Art. 44-2 p.10, Art. 44-1 p.4); only the head can approve over it, with an override.</source>
        <translation>Теріс қорытынды дәлелді бас тартуға әкеледі (44-2-бап 10-т., 44-1-бап 4-т.); оған қарамастан тек басшы ғана, тіркелген негіздемемен, мақұлдай алады.</translation>
    </message>
    <message>
        <source>pre-checks failed ({checks})</source>
        <translation>алдын ала тексерулер өтпеді ({checks})</translation>
    </message>
    <message>
        <source>Refuse with the failed checks&apos; grounds, or correct the data and check again.</source>
        <translation>Өтпеген тексерулердің негіздері бойынша бас тартыңыз немесе деректерді түзетіп, қайта тексеріңіз.</translation>
    </message>
    <message>
        <source>approvals or technical conditions still open: {count}</source>
        <translation>жабылмаған келісулер немесе техникалық шарттар: {count}</translation>
    </message>
    <message>
        <source>Record each approving body&apos;s conclusion and each utility&apos;s conditions first.</source>
        <translation>Алдымен әр келісуші органның қорытындысын және әр желілік ұйымның шарттарын жазыңыз.</translation>
    </message>
    <message>
        <source>{plan} is {status}</source>
        <translation>{plan} — {status}</translation>
    </message>
    <message>
        <source>{plan} has no approval act number and date</source>
        <translation>{plan} бекіту актісінің нөмірі мен күні жоқ</translation>
    </message>
    <message>
        <source>{plan}&apos;s term ended on {until}</source>
        <translation>{plan} қолданылу мерзімі {until} аяқталды</translation>
    </message>
    <message>
        <source>The application has no plot geometry to check.</source>
        <translation>Өтініште тексеруге арналған учаске геометриясы жоқ.</translation>
    </message>
    <message>
        <source>The plot outline is not a valid polygon: {reason}; ask for a corrected survey.</source>
        <translation>Учаске контуры жарамсыз көпбұрыш: {reason}; түзетілген түсірілімді сұратыңыз.</translation>
    </message>
    <message>
        <source>The plot outline is a valid polygon.</source>
        <translation>Учаске контуры — дұрыс көпбұрыш.</translation>
    </message>
    <message>
        <source>Not run: the {check} check failed first.</source>
        <translation>Орындалмады: алдымен «{check}» тексеруі өтпеді.</translation>
    </message>
    <message>
        <source>The plot lies inside the district but outside the area of use of EPSG:{srid} ({west:.4f}–{east:.4f}° E): check the district&apos;s CRS.</source>
        <translation>Учаске аудан ішінде, бірақ EPSG:{srid} қолдану аймағынан тыс ({west:.4f}–{east:.4f}° ш. б.): ауданның координаттар жүйесін тексеріңіз.</translation>
    </message>
    <message>
        <source>The plot lies inside the district.</source>
        <translation>Учаске аудан шегінде орналасқан.</translation>
    </message>
    <message>
        <source>its coordinates ({x:.5f}, {y:.5f}) look like longitude and latitude in degrees stored as metres; the survey must be in the district&apos;s CRS</source>
        <translation>оның координаттары ({x:.5f}, {y:.5f}) метр ретінде жазылған градустағы бойлық пен ендікке ұқсайды; түсірілім аудан координаттар жүйесінде болуы керек</translation>
    </message>
    <message>
        <source>its X and Y are swapped (X {x:,.0f} looks like a northing); swapped back it lies inside the district</source>
        <translation>оның X және Y орындары ауысқан (X {x:,.0f} солтүстік координатқа ұқсайды); орындарын ауыстырса, учаске аудан ішінде</translation>
    </message>
    <message>
        <source>it was surveyed in {other} but stored as EPSG:{srid}</source>
        <translation>ол {other} жүйесінде түсірілген, бірақ EPSG:{srid} ретінде жазылған</translation>
    </message>
    <message>
        <source>it lies {distance:,.1f} km from the district and no usual CRS mix-up explains it</source>
        <translation>ол ауданнан {distance:,.1f} км қашықтықта және мұны координаттар жүйесінің әдеттегі қателері түсіндірмейді</translation>
    </message>
    <message>
        <source>The plot is outside the district: {cause}.</source>
        <translation>Учаске ауданнан тыс: {cause}.</translation>
    </message>
    <message>
        <source>Track {track} does not require settlement land.</source>
        <translation>{track} тәртібі елді мекен жерлерін талап етпейді.</translation>
    </message>
    <message>
        <source>The plot lies inside the settlement boundary.</source>
        <translation>Учаске елді мекен шекарасының ішінде.</translation>
    </message>
    <message>
        <source>{outside:,.0f} m² of the {area:,.0f} m² plot lie outside the settlement boundary, which track {track} requires.</source>
        <translation>{area:,.0f} м² учаскенің {outside:,.0f} м² бөлігі {track} тәртібі талап ететін елді мекен шекарасынан тыс жатыр.</translation>
    </message>
    <message>
        <source>The plot does not overlap any registered parcel.</source>
        <translation>Учаске тіркелген учаскелермен қабаттаспайды.</translation>
    </message>
    <message>
        <source>The plot overlaps {count} registered parcel(s) by {total:,.1f} m² in all: {names}.</source>
        <translation>Учаске тіркелген учаскелермен ({count}) барлығы {total:,.1f} м² қабаттасады: {names}.</translation>
    </message>
    <message>
        <source>{purpose} is not construction: no plan needed.</source>
        <translation>{purpose} — құрылыс емес: жоспар қажет емес.</translation>
    </message>
    <message>
        <source>No zoning applies to this purpose.</source>
        <translation>Бұл мақсатқа аймақтарға бөлу қолданылмайды.</translation>
    </message>
    <message>
        <source>Not run: no valid plan covers the plot.</source>
        <translation>Орындалмады: учаскені қолданыстағы бірде-бір жоспар қамтымайды.</translation>
    </message>
    <message>
        <source>The valid plans covering the plot set no functional zone on it.</source>
        <translation>Учаскені қамтитын қолданыстағы жоспарлар онда функционалдық аймақ белгілемейді.</translation>
    </message>
    <message>
        <source>Zone {zone}, covering {share:.0%} of the plot, permits {purpose}.</source>
        <translation>Учаскенің {share:.0%} қамтитын {zone} аймағы {purpose} үшін рұқсат етеді.</translation>
    </message>
    <message>
        <source>{plan} ({kind}, act {act} of {day})</source>
        <translation>{plan} ({kind}, {day} № {act} акті)</translation>
    </message>
    <message>
        <source>irrigated </source>
        <translation>суармалы </translation>
    </message>
    <message>
        <source>dry </source>
        <translation>суарылмайтын </translation>
    </message>
    <message>
        <source>{area:,.0f} m² is within the {norm:g} ha norm for {land}{purpose} ({article}).</source>
        <translation>{area:,.0f} м² {land}{purpose} үшін {norm:g} га нормасы шегінде ({article}).</translation>
    </message>
    <message>
        <source>{area:,.0f} m² exceeds the {norm:g} ha norm for {land}{purpose} ({article}) by {excess:,.0f} m².</source>
        <translation>{area:,.0f} м² {land}{purpose} үшін {norm:g} га нормасынан ({article}) {excess:,.0f} м² асады.</translation>
    </message>
    <message>
        <source>Waits behind earlier pending application(s) {names} for the same land: they are decided first in order of receipt, and this one fails only if they are granted.</source>
        <translation>Сол жерге бұрын түскен қаралып жатқан өтініш(тер) {names} кезегінде күтеді: олар түсу тәртібімен бірінші шешіледі, ал бұл өтініш олар қанағаттандырылған жағдайда ғана өтпейді.</translation>
    </message>
    <message>
        <source>The applicant is not a person with an IIN: no age to check.</source>
        <translation>Өтініш беруші ЖСН бар жеке тұлға емес: жасын тексеру қажет емес.</translation>
    </message>
    <message>
        <source>The applicant, born {born} (IIN), was {years} on {on}.</source>
        <translation>{born} туған өтініш беруші (ЖСН бойынша) {on} күні {years} жаста болды.</translation>
    </message>
    <message>
        <source>The applicant, born {born} (IIN), was {years} on {on}, under {majority} ({article}): rights go only to adults, except by inheritance.</source>
        <translation>{born} туған өтініш беруші (ЖСН бойынша) {on} күні {years} жаста болды, бұл {majority} жастан кем ({article}): мұрагерлік жағдайын қоспағанда, құқықтар тек кәмелетке толған адамдарға беріледі.</translation>
    </message>
    <message>
        <source>The applicant is a citizen of Kazakhstan.</source>
        <translation>Өтініш беруші — Қазақстан Республикасының азаматы.</translation>
    </message>
    <message>
        <source>a free grant</source>
        <translation>тегін беру</translation>
    </message>
    <message>
        <source>{right} of land for {purpose}</source>
        <translation>{purpose} үшін жерге {right}</translation>
    </message>
    <message>
        <source>The applicant is not a citizen of Kazakhstan, and {what} is for citizens only ({article}).</source>
        <translation>Өтініш беруші Қазақстан Республикасының азаматы емес, ал {what} тек азаматтарға көзделген ({article}).</translation>
    </message>
    <message>
        <source>The applicant is not a citizen of Kazakhstan: {what} may be for citizens only ({article}, not yet verified); check before deciding.</source>
        <translation>Өтініш беруші Қазақстан Республикасының азаматы емес: {what} тек азаматтарға көзделуі мүмкін ({article}, әлі тексерілмеген); шешім қабылдағанға дейін тексеріңіз.</translation>
    </message>
    <message>
        <source>The applicant is not a citizen of Kazakhstan; nothing asked for is reserved to citizens.</source>
        <translation>Өтініш беруші Қазақстан Республикасының азаматы емес; сұралған құқықтардың ешқайсысы тек азаматтарға арналмаған.</translation>
    </message>
    <message>
        <source>Not a free grant: the once-in-a-lifetime rule does not apply.</source>
        <translation>Тегін беру емес: өмірінде бір рет ережесі қолданылмайды.</translation>
    </message>
    <message>
        <source>The applicant declared a plot granted free before ({article}): a free grant is made once in a lifetime.</source>
        <translation>Өтініш беруші бұрын тегін берілген учаскесі бар екенін мәлімдеді ({article}): тегін беру өмірінде бір рет жүзеге асырылады.</translation>
    </message>
    <message>
        <source>The registry found an earlier free grant to this IIN: application {note}.</source>
        <translation>Тізілім осы ЖСН-ге бұрын тегін берілгенін тапты: {note} өтініші.</translation>
    </message>
    <message>
        <source>The registry found no earlier free grant to this IIN in any district.</source>
        <translation>Тізілім ешбір ауданда осы ЖСН-ге бұрын тегін беруді тапқан жоқ.</translation>
    </message>
    <message>
        <source>To confirm at sync: only the registry sees earlier free grants in other districts ({article}).</source>
        <translation>Синхрондау кезінде расталады: басқа аудандардағы бұрынғы тегін беруді тек тізілім көреді ({article}).</translation>
    </message>
    <message>
        <source>Not a free IZhS grant: the queue does not apply.</source>
        <translation>ЖТҚ үшін тегін беру емес: кезек қолданылмайды.</translation>
    </message>
    <message>
        <source>On the IZhS special register ({entry}).</source>
        <translation>ЖТҚ арнаулы есебінде тұр ({entry}).</translation>
    </message>
    <message>
        <source>Not on the IZhS special register yet: its entry is the queue track&apos;s first step.</source>
        <translation>ЖТҚ арнаулы есебінде әлі тұрған жоқ: есепке қою — кезек тәртібінің бірінші қадамы.</translation>
    </message>
    <message>
        <source>A free IZhS plot is granted only to those on the special register ({article}); this applicant is not on it.</source>
        <translation>ЖТҚ үшін тегін учаске тек арнаулы есепте тұрғандарға беріледі ({article}); бұл өтініш беруші онда тұрмайды.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ештеңе</translation>
    </message>
    <message>
        <source>Zone {zone}, covering {share:.0%} of the plot, permits {permitted}, not {purpose}.</source>
        <translation>Учаскенің {share:.0%} бөлігін қамтитын {zone} аймағы рұқсат етеді: {permitted}, бірақ {purpose} емес.</translation>
    </message>
    <message>
        <source>Outside settlements</source>
        <translation>Елді мекендерден тыс</translation>
    </message>
    <message>
        <source>{settlement} ({population:,} people)</source>
        <translation>{settlement} ({population:,} адам)</translation>
    </message>
    <message>
        <source>{settlement} (population not recorded)</source>
        <translation>{settlement} (халық саны көрсетілмеген)</translation>
    </message>
    <message>
        <source>{where}: valid approved {plans} cover the plot.</source>
        <translation>{where}: учаскені қолданыстағы бекітілген {plans} қамтиды.</translation>
    </message>
    <message>
        <source>approved general plan or DPP</source>
        <translation>бекітілген бас жоспар немесе ЕЖЖ</translation>
    </message>
    <message>
        <source>none covers the plot</source>
        <translation>учаскені ешқайсысы қамтымайды</translation>
    </message>
    <message>
        <source>{where} needs, for {purpose}, a valid {needed}{cited}: {found}.</source>
        <translation>{where}: {purpose} үшін қолданыстағы {needed} қажет{cited}: {found}.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} және {second}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} немесе {second}</translation>
    </message>
    <message>
        <source>No red line crosses the plot.</source>
        <translation>Қызыл сызықтар учаскені қиып өтпейді.</translation>
    </message>
    <message>
        <source>{length:,.1f} m of red line run inside the plot: it takes street or common-use land.</source>
        <translation>Қызыл сызықтың {length:,.1f} м бөлігі учаске ішінен өтеді: ол көше немесе ортақ пайдаланудағы жерді алады.</translation>
    </message>
    <message>
        <source>Not a free grant: the Art. 50 p.2 size norms apply only to free grants.</source>
        <translation>Тегін беру емес: 50-баптың 2-тармағындағы мөлшер нормалары тек тегін беруге қолданылады.</translation>
    </message>
    <message>
        <source>No size norm is set for {purpose}.</source>
        <translation>«{purpose}» үшін алаң нормасы белгіленбеген.</translation>
    </message>
    <message>
        <source>Every water body near by has its protection zone set.</source>
        <translation>Жақын маңдағы барлық су айдындарының су қорғау аймақтары белгіленген.</translation>
    </message>
    <message>
        <source>The nearest shore without a protection zone is {distance:,.0f} m away.</source>
        <translation>Су қорғау аймағы жоқ ең жақын жағалау {distance:,.0f} м қашықтықта.</translation>
    </message>
    <message>
        <source>The plot is {distance:,.0f} m from a shore whose water-protection zone is not set (no grants within {limit:,.0f} m until it is).</source>
        <translation>Учаске су қорғау аймағы белгіленбеген жағалаудан {distance:,.0f} м қашықтықта (ол белгіленгенге дейін {limit:,.0f} м шегінде учаскелер берілмейді).</translation>
    </message>
    <message>
        <source>The plot is {distance:,.0f} m from {water}, inside its water-protection strip ({strip:,.0f} m; {article}), where building and gardening are banned.</source>
        <translation>Учаске {water} нысанынан {distance:,.0f} м қашықтықта, оның су қорғау белдеуінің ішінде ({strip:,.0f} м; {article}), онда құрылыс салуға және бағбандыққа тыйым салынған.</translation>
    </message>
    <message>
        <source>act not recorded</source>
        <translation>актісі көрсетілмеген</translation>
    </message>
    <message>
        <source>, the width taken as the least</source>
        <translation>, ені ең аз мөлшерде алынды</translation>
    </message>
    <message>
        <source>The plot is {distance:,.0f} m from {water}, inside its {width:,.0f} m water-protection zone ({act}{assumed}): its regime applies and building needs the basin water inspection&apos;s approval ({article}).</source>
        <translation>Учаске {water} нысанынан {distance:,.0f} м қашықтықта, оның {width:,.0f} м су қорғау аймағының ішінде ({act}{assumed}): аймақ режимі қолданылады, құрылыс салу бассейндік су инспекциясымен келісуді талап етеді ({article}).</translation>
    </message>
    <message>
        <source>The plot lies outside every set water-protection zone.</source>
        <translation>Учаске белгіленген барлық су қорғау аймақтарынан тыс орналасқан.</translation>
    </message>
    <message>
        <source>The land was granted on earlier application(s) {names}: it is occupied.</source>
        <translation>Жер бұрын түскен өтініш(тер) {names} бойынша берілген: ол бос емес.</translation>
    </message>
    <message>
        <source>No earlier pending application asks for this land.</source>
        <translation>Бұл жерге бұрынғы қаралудағы өтініштер жоқ.</translation>
    </message>
    <message>
        <source>The procedure file for track {track} is not valid: {reason}.</source>
        <translation>{track} тәртібінің рәсім файлы жарамсыз: {reason}.</translation>
    </message>
    <message>
        <source>Correct resources/procedures/{track}.json (each step needs code, title, party, term, unit and the stage of the application it belongs to).</source>
        <translation>resources/procedures/{track}.json файлын түзетіңіз (әр қадамда код, атау, тарап, мерзім, бірлік және өтініш кезеңі болуы керек).</translation>
    </message>
    <message>
        <source>The decision on application {number} was not recorded: {reason}.</source>
        <translation>{number} өтініші бойынша шешім жазылмады: {reason}.</translation>
    </message>
    <message>
        <source>{file} was not written: {reason}.</source>
        <translation>{file} жазылмады: {reason}.</translation>
    </message>
    <message>
        <source>there is no layer «{layer}» to export</source>
        <translation>экспорттауға «{layer}» қабаты жоқ</translation>
    </message>
    <message>
        <source>Choose one of: {layers}.</source>
        <translation>Біреуін таңдаңыз: {layers}.</translation>
    </message>
    <message>
        <source>LandDesk writes GeoPackage (.gpkg) and GeoJSON (.geojson)</source>
        <translation>LandDesk GeoPackage (.gpkg) және GeoJSON (.geojson) жазады</translation>
    </message>
    <message>
        <source>Name the file .gpkg or .geojson.</source>
        <translation>Файлға .gpkg немесе .geojson кеңейтімін беріңіз.</translation>
    </message>
    <message>
        <source>there is no parcel {number}</source>
        <translation>{number} учаскесі жоқ</translation>
    </message>
    <message>
        <source>Check the number.</source>
        <translation>Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}.</source>
        <translation>{file} импорттау мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Импорттау тоқтатылды.</translation>
    </message>
    <message>
        <source>Nothing was imported; the cache is as it was.</source>
        <translation>Ештеңе импортталған жоқ; кэш өзгерген жоқ.</translation>
    </message>
    <message>
        <source>it declares no coordinate reference system</source>
        <translation>онда координаттар жүйесі көрсетілмеген</translation>
    </message>
    <message>
        <source>Choose the file&apos;s CRS (in the command line: --crs EPSG:N), for example one of: {presets}.</source>
        <translation>Файлдың координаттар жүйесін таңдаңыз (пәрмен жолында: --crs EPSG:N), мысалы мыналардың бірін: {presets}.</translation>
    </message>
    <message>
        <source>the CRS «{crs}» is unknown ({error})</source>
        <translation>«{crs}» координаттар жүйесі белгісіз ({error})</translation>
    </message>
    <message>
        <source>Give an EPSG code, e.g. --crs EPSG:28409 for Pulkovo 1942 Gauss-Krüger zone 9.</source>
        <translation>EPSG кодын көрсетіңіз, мысалы Пулково 1942 Гаусс–Крюгер 9-аймағы үшін --crs EPSG:28409.</translation>
    </message>
    <message>
        <source>It has no fields to map: a coordinate catalogue&apos;s point number, X and Y make the outline, and other columns (for example cadastral_number, purpose) fill the fields of the same name.</source>
        <translation>Онда сәйкестендіретін өрістер жоқ: координаттар каталогының нүкте нөмірі, X және Y контурды құрайды, ал басқа бағандар (мысалы, cadastral_number, purpose) аттас өрістерді толтырады.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Жолды тексеріңіз.</translation>
    </message>
    <message>
        <source>GDAL cannot read it ({error})</source>
        <translation>GDAL оны оқи алмайды ({error})</translation>
    </message>
    <message>
        <source>Check that it is a GeoPackage, Shapefile, GeoJSON, DXF or CSV file, and name the layer with --layer if it has several.</source>
        <translation>Бұл GeoPackage, Shapefile, GeoJSON, DXF немесе CSV файлы екенін тексеріңіз, ал қабаттары бірнешеу болса, қабатты --layer арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>the shapefile came without its index (.shx); LandDesk rebuilt it from the .shp for this import (your files are unchanged)</source>
        <translation>шейп-файл индексінсіз (.shx) келген; LandDesk осы импорт үшін оны .shp файлы бойынша қалпына келтірді (сіздің файлдарыңыз өзгертілген жоқ)</translation>
    </message>
    <message>
        <source>one of its features is larger than {limit} MB, more than LandDesk reads from a GeoJSON file</source>
        <translation>оның бір нысаны {limit} МБ-тан үлкен — бұл LandDesk GeoJSON файлынан оқи алатын көлемнен асады</translation>
    </message>
    <message>
        <source>Save the layer as a GeoPackage (in QGIS: Export → Save Features As…) and import that, or split the large feature.</source>
        <translation>Қабатты GeoPackage пішімінде сақтап (QGIS-те: Экспорт → Нысандарды басқаша сақтау…), соны импорттаңыз немесе үлкен нысанды бөліңіз.</translation>
    </message>
    <message>
        <source>the attributes do not say their encoding (no .cpg file); read as {encoding}, because {why} — for example «{example}»; if that is wrong, give --encoding</source>
        <translation>атрибуттардың кодтамасы көрсетілмеген (.cpg файлы жоқ); олар {encoding} кодтамасында оқылды, себебі {why}, — мысалы, «{example}»; егер бұл қате болса, --encoding көрсетіңіз</translation>
    </message>
    <message>
        <source>the catalogue does not say its encoding; read as {encoding}, because {why} — for example «{example}»; if that is wrong, give --encoding</source>
        <translation>каталогтың кодтамасы көрсетілмеген; ол {encoding} кодтамасында оқылды, себебі {why}, — мысалы, «{example}»; егер бұл қате болса, --encoding көрсетіңіз</translation>
    </message>
    <message>
        <source>it cannot be read as {encoding} text</source>
        <translation>оны {encoding} кодтамасындағы мәтін ретінде оқу мүмкін емес</translation>
    </message>
    <message>
        <source>Give the catalogue&apos;s encoding with --encoding (utf-8, cp1251 or cp866).</source>
        <translation>Каталогтың кодтамасын --encoding арқылы көрсетіңіз (utf-8, cp1251 немесе cp866).</translation>
    </message>
    <message>
        <source>Save the catalogue as CSV with a header row: point, X, Y.</source>
        <translation>Каталогты тақырып жолы бар CSV ретінде сақтаңыз: point, X, Y.</translation>
    </message>
    <message>
        <source>it has no X and Y columns (it has {columns})</source>
        <translation>онда X және Y бағандары жоқ (бар бағандар: {columns})</translation>
    </message>
    <message>
        <source>Name the coordinate columns X and Y (X northing, Y easting).</source>
        <translation>Координат бағандарын X және Y деп атаңыз (X — солтүстік, Y — шығыс).</translation>
    </message>
    <message>
        <source>{point} (lines {first} and {second})</source>
        <translation>{point} ({first} және {second} жолдар)</translation>
    </message>
    <message>
        <source>a point number is listed twice in one outline: {points}</source>
        <translation>бір контурда нүкте нөмірі қайталанады: {points}</translation>
    </message>
    <message>
        <source>point {point}: the {column} value «{value}» is not a number</source>
        <translation>{point} нүкте: {column} бағанындағы «{value}» мәні сан емес</translation>
    </message>
    <message>
        <source>the target «{target}» is unknown</source>
        <translation>«{target}» импорт мақсаты белгісіз</translation>
    </message>
    <message>
        <source>Choose one of: {targets}.</source>
        <translation>Біреуін таңдаңыз: {targets}.</translation>
    </message>
    <message>
        <source>zones belong to a plan and none was given</source>
        <translation>аймақтар жоспарға жатады, ал жоспар көрсетілмеген</translation>
    </message>
    <message>
        <source>there is no plan «{plan}»</source>
        <translation>«{plan}» жоспары жоқ</translation>
    </message>
    <message>
        <source>Choose the plan (in the command line: --plan with its uid or full name; `landdesk check-plan PATH` lists them).</source>
        <translation>Жоспарды таңдаңыз (пәрмен жолында: --plan оның uid-імен немесе толық атауымен; тізімді `landdesk check-plan PATH` шығарады).</translation>
    </message>
    <message>
        <source>cadastral number {number} is repeated in the file, at rows {first} and {second}</source>
        <translation>{number} кадастрлық нөмірі файлда {first} және {second} жолдарда қайталанады</translation>
    </message>
    <message>
        <source>parcel {number} is already in the cache</source>
        <translation>{number} учаскесі кэште бар</translation>
    </message>
    <message>
        <source>its boundary is that of parcel {number} ({status}), already in the cache, under another number</source>
        <translation>оның шекарасы базада бұрыннан бар {number} учаскесінің ({status}) шекарасымен сәйкес келеді, бірақ басқа нөмірмен</translation>
    </message>
    <message>
        <source>{number} ({status}, {area:,.1f} m²)</source>
        <translation>{number} ({status}, {area:,.1f} м²)</translation>
    </message>
    <message>
        <source>it overlaps {count} parcel(s) of the cache by {total:,.1f} m² in all: {names}</source>
        <translation>ол базадағы учаскелерге ({count}) жалпы {total:,.1f} м² аумақта қабаттасады: {names}</translation>
    </message>
    <message>
        <source>it overlaps parcel {number} at row {row} of this file by {area:,.1f} m²</source>
        <translation>ол осы файлдың {row} жолындағы {number} учаскесіне {area:,.1f} м² қабаттасады</translation>
    </message>
    <message>
        <source>its coordinates ({x:.12g}, {y:.12g}) look like metres, not the degrees of {crs}</source>
        <translation>оның координаталары ({x:.12g}, {y:.12g}) {crs} жүйесінің градустарына емес, метрге ұқсайды</translation>
    </message>
    <message>
        <source>{example}; a file that does not say its CRS (a GeoJSON without one, say) is read as WGS 84 degrees</source>
        <translation>{example}; координаттар жүйесі көрсетілмеген файл (мысалы, жүйесі жоқ GeoJSON) WGS 84 градустарымен оқылады</translation>
    </message>
    <message>
        <source>Give the file&apos;s CRS (in the command line: --crs EPSG:N), for example EPSG:32642 for UTM zone 42N or EPSG:28412 for Pulkovo 1942 Gauss-Krüger zone 12.</source>
        <translation>Файлдың координаттар жүйесін көрсетіңіз (командалық жолда: --crs EPSG:N), мысалы, UTM 42N аймағы үшін EPSG:32642 немесе Пулково 1942 / Гаусс-Крюгер, 12-аймақ үшін EPSG:28412.</translation>
    </message>
    <message>
        <source>«{field}» is not a field of {target}</source>
        <translation>«{field}» — «{target}» қабатының өрісі емес</translation>
    </message>
    <message>
        <source>Map to one of: {fields}.</source>
        <translation>Мыналардың біріне сәйкестендіріңіз: {fields}.</translation>
    </message>
    <message>
        <source>the file has no field «{field}»</source>
        <translation>файлда «{field}» өрісі жоқ</translation>
    </message>
    <message>
        <source>Its fields are: {fields}.</source>
        <translation>Оның өрістері: {fields}.</translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation>оның геометриясы жоқ</translation>
    </message>
    <message>
        <source>the polyline is not closed (gap of {gap:,.2f} m between its first and last points)</source>
        <translation>полисызық тұйықталмаған (бірінші және соңғы нүктелерінің арасында {gap:,.2f} м алшақтық бар)</translation>
    </message>
    <message>
        <source>its geometry is a {kind}, not a polygon</source>
        <translation>оның геометриясы — {kind}, көпбұрыш емес</translation>
    </message>
    <message>
        <source>its geometry is a {kind}, not a line</source>
        <translation>оның геометриясы — {kind}, сызық емес</translation>
    </message>
    <message>
        <source>its coordinates cannot be reprojected into the district&apos;s CRS (they lie outside the area the source CRS covers): check the source CRS</source>
        <translation>оның координаталарын аудан координаттар жүйесіне қайта есептеу мүмкін емес (олар бастапқы жүйенің қолданылу аумағынан тыс жатыр): бастапқы координаттар жүйесін тексеріңіз</translation>
    </message>
    <message>
        <source>its geometry is invalid: {why}</source>
        <translation>оның геометриясы жарамсыз: {why}</translation>
    </message>
    <message>
        <source>after reprojection it lies outside the district: check the source CRS (and X/Y order)</source>
        <translation>қайта проекциялаудан кейін ол аудан шегінен тыс: бастапқы координаттар жүйесін (және X/Y ретін) тексеріңіз</translation>
    </message>
    <message>
        <source>zone type «{value}» is not one of {allowed}</source>
        <translation>«{value}» аймақ түрі тізімде жоқ: {allowed}</translation>
    </message>
    <message>
        <source>zone subtype «{value}» is not one of {allowed}</source>
        <translation>«{value}» аймақ кіші түрі тізімде жоқ: {allowed}</translation>
    </message>
    <message>
        <source>line kind «{value}» is not RED, BUILDING or YELLOW</source>
        <translation>«{value}» сызық түрі RED, BUILDING немесе YELLOW емес</translation>
    </message>
    <message>
        <source>it has no value in the field {field}</source>
        <translation>{field} өрісінде мән жоқ</translation>
    </message>
    <message>
        <source>{field} «{value}» is not one of {allowed}</source>
        <translation>{field} «{value}» тізімде жоқ: {allowed}</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}: {detail}</translation>
    </message>
    <message>
        <source>The step was not recorded: {reason}.</source>
        <translation>Қадам жазылмады: {reason}.</translation>
    </message>
    <message>
        <source>there is no such application</source>
        <translation>мұндай өтініш жоқ</translation>
    </message>
    <message>
        <source>Check the application number.</source>
        <translation>Өтініш нөмірін тексеріңіз.</translation>
    </message>
    <message>
        <source>its status changed meanwhile</source>
        <translation>оның мәртебесі осы уақытта өзгерді</translation>
    </message>
    <message>
        <source>Reload the queue and try again.</source>
        <translation>Кезекті жаңартып, қайталаңыз.</translation>
    </message>
    <message>
        <source>it is already {status}</source>
        <translation>ол қазірдің өзінде «{status}» мәртебесінде</translation>
    </message>
    <message>
        <source>Only a pending application can be withdrawn.</source>
        <translation>Тек қаралудағы өтінішті кері қайтаруға болады.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>себебі көрсетілмеген</translation>
    </message>
    <message>
        <source>Record how the applicant withdrew it.</source>
        <translation>Өтініш берушінің оны қалай кері қайтарғанын жазыңыз.</translation>
    </message>
    <message>
        <source>a negative conclusion has no reasons</source>
        <translation>теріс қорытындының себептері жоқ</translation>
    </message>
    <message>
        <source>Copy the body&apos;s reasons; a refusal will have to cite them.</source>
        <translation>Органның себептерін көшіріңіз; бас тартуда оларға сілтеме жасалады.</translation>
    </message>
    <message>
        <source>the step is not open any more</source>
        <translation>қадам жабылып қойған</translation>
    </message>
    <message>
        <source>Reload the application&apos;s steps.</source>
        <translation>Өтініш қадамдарын жаңартыңыз.</translation>
    </message>
    <message>
        <source>a stage of this track</source>
        <translation>осы тәртіптің кезеңі</translation>
    </message>
    <message>
        <source>application {number} is at «{status}», and technical conditions are requested at «{stage}»</source>
        <translation>{number} өтініші «{status}» кезеңінде, ал техникалық шарттар «{stage}» кезеңінде сұратылады</translation>
    </message>
    <message>
        <source>Move the application to that stage first.</source>
        <translation>Алдымен өтінішті сол кезеңге ауыстырыңыз.</translation>
    </message>
    <message>
        <source>no utility was named</source>
        <translation>желілік ұйым көрсетілмеген</translation>
    </message>
    <message>
        <source>Name the utility asked for conditions.</source>
        <translation>Шарттар сұратылатын желілік ұйымды көрсетіңіз.</translation>
    </message>
    <message>
        <source>{utility} has already been asked and has not answered yet</source>
        <translation>«{utility}» ұйымынан сұратылған және ол әлі жауап бермеді</translation>
    </message>
    <message>
        <source>Wait for its answer or record it.</source>
        <translation>Жауабын күтіңіз немесе оны жазыңыз.</translation>
    </message>
    <message>
        <source>LandDesk could not load SpatiaLite: {reason}.</source>
        <translation>LandDesk SpatiaLite жүктей алмады: {reason}.</translation>
    </message>
    <message>
        <source>{fix}</source>
        <translation>{fix}</translation>
    </message>
    <message>
        <source>There is no cache file at {path}.</source>
        <translation>{path} кэш файлы жоқ.</translation>
    </message>
    <message>
        <source>Check the path, or build one with `landdesk demo` or clone your district from the registry.</source>
        <translation>Жолды тексеріңіз немесе `landdesk demo` арқылы кэш жасаңыз, не ауданыңызды тізілімнен клондаңыз.</translation>
    </message>
    <message>
        <source>A file already exists at {path}.</source>
        <translation>{path} файлы бар.</translation>
    </message>
    <message>
        <source>Choose another name, or remove the old file first if you are sure it holds nothing you need.</source>
        <translation>Басқа атау таңдаңыз немесе ескі файлда қажетті ештеңе жоқ екеніне сенімді болсаңыз, алдымен оны жойыңыз.</translation>
    </message>
    <message>
        <source>{path} is not a LandDesk cache: {reason}.</source>
        <translation>{path} — LandDesk кэші емес: {reason}.</translation>
    </message>
    <message>
        <source>Open a cache file made by LandDesk (a .sqlite file), or build a new one.</source>
        <translation>LandDesk жасаған кэш файлын (.sqlite файлы) ашыңыз немесе жаңасын жасаңыз.</translation>
    </message>
    <message>
        <source>The cache {path} is damaged: {reason}.</source>
        <translation>{path} кэші зақымдалған: {reason}.</translation>
    </message>
    <message>
        <source>Restore it from a backup or clone the district again. Do not delete the file: unsynced work in it may still be recoverable.</source>
        <translation>Оны сақтық көшірмеден қалпына келтіріңіз немесе ауданды қайта клондаңыз. Файлды жоймаңыз: ондағы синхрондалмаған жұмысты әлі қалпына келтіруге болады.</translation>
    </message>
    <message>
        <source>The cache {path} has lost {count} of its change-journal triggers (for example {example}); edits made now would never reach the registry.</source>
        <translation>{path} кэші өзгерістер журналының триггерлерін жоғалтты ({count}, мысалы {example}); қазір жасалған түзетулер тізілімге ешқашан жетпейді.</translation>
    </message>
    <message>
        <source>LandDesk will not edit it. Sync what it holds from a copy made before the damage, or clone the district again. Do not delete the file: unsynced work in it may still be recoverable.</source>
        <translation>LandDesk оны өңдемейді. Зақымдануға дейін жасалған көшірмедегі деректерді синхрондаңыз немесе ауданды қайта клондаңыз. Файлды жоймаңыз: ондағы синхрондалмаған жұмысты әлі қалпына келтіруге болады.</translation>
    </message>
    <message>
        <source>The cache {path} is busy: another program or LandDesk window is writing to it.</source>
        <translation>{path} кэші бос емес: оған басқа бағдарлама немесе LandDesk-тің басқа терезесі жазып жатыр.</translation>
    </message>
    <message>
        <source>Close the other program or wait until it has finished, then try again. Nothing was lost.</source>
        <translation>Басқа бағдарламаны жабыңыз немесе оның аяқталуын күтіңіз, содан кейін қайталаңыз. Ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <source>LandDesk cannot write to {path}: {reason}.</source>
        <translation>LandDesk {path} файлына жаза алмайды: {reason}.</translation>
    </message>
    <message>
        <source>Copy the cache to a folder you can write to (for example your Documents folder), or ask your administrator for write access.</source>
        <translation>Кэшті жазуға болатын қалтаға көшіріңіз (мысалы, «Құжаттар»), немесе әкімшіден жазу құқығын сұраңыз.</translation>
    </message>
    <message>
        <source>LandDesk is not allowed to read {path}.</source>
        <translation>LandDesk-ке {path} оқуға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Ask your administrator for access to the file, or copy it into a folder of your own.</source>
        <translation>Әкімшіден файлға қол жеткізуді сұраңыз немесе оны өз қалтаңызға көшіріңіз.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; the last change was not saved.</source>
        <translation>{path} орналасқан диск толы; соңғы өзгеріс сақталмады.</translation>
    </message>
    <message>
        <source>Free some space on that disk and save again. Everything saved before is intact.</source>
        <translation>Дискіде орын босатып, қайта сақтаңыз. Бұрын сақталғанның бәрі бүтін.</translation>
    </message>
    <message>
        <source>The disk or network share holding {path} failed to read or write: {reason}.</source>
        <translation>{path} орналасқан диск немесе желілік қалта оқи немесе жаза алмады: {reason}.</translation>
    </message>
    <message>
        <source>Check that the disk or share is connected and healthy, then try again. Do not delete the file: unsynced work in it may still be recoverable.</source>
        <translation>Диск немесе желілік қалта қосылғанын және ақаусыз екенін тексеріп, қайталаңыз. Файлды жоймаңыз: ондағы синхрондалмаған жұмысты әлі қалпына келтіруге болады.</translation>
    </message>
    <message>
        <source>{path} was made by a newer LandDesk (cache schema {found}; this LandDesk reads up to {supported}).</source>
        <translation>{path} LandDesk-тің жаңа нұсқасымен жасалған (кэш сұлбасы {found}; бұл нұсқа {supported} дейін оқиды).</translation>
    </message>
    <message>
        <source>Update LandDesk to open it. The file was not changed.</source>
        <translation>Оны ашу үшін LandDesk жаңартыңыз. Файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>{path} uses an older cache schema ({found}; current is {supported}) and was opened read-only.</source>
        <translation>{path} кэштің ескі сұлбасын пайдаланады ({found}; ағымдағысы — {supported}) және тек оқу үшін ашылды.</translation>
    </message>
    <message>
        <source>Open it once for writing so LandDesk can upgrade it.</source>
        <translation>LandDesk жаңарта алуы үшін оны бір рет жазуға ашыңыз.</translation>
    </message>
    <message>
        <source>This change cannot be saved: {tbl} {uid}, {field}: {detail}.</source>
        <translation>Бұл өзгерісті сақтау мүмкін емес: {tbl} {uid}, {field}: {detail}.</translation>
    </message>
    <message>
        <source>Correct the value and save again; the registry would refuse it. Nothing was saved.</source>
        <translation>Мәнді түзетіп, қайта сақтаңыз: тізілім оны қабылдамас еді. Ештеңе сақталған жоқ.</translation>
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
        <translation>{url} тізіліміне қосылу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>Work on offline; everything is kept and sent at the next sync.</source>
        <translation>Желісіз жұмысты жалғастырыңыз; бәрі сақталып, келесі синхрондауда жіберіледі.</translation>
    </message>
    <message>
        <source>Another sync of {path} is running.</source>
        <translation>{path} үшін басқа синхрондау жүріп жатыр.</translation>
    </message>
    <message>
        <source>Wait for it to finish; its result will show here.</source>
        <translation>Оның аяқталуын күтіңіз; нәтижесі осында көрсетіледі.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Синхрондау тоқтатылды.</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not sent or received yet goes at the next sync.</source>
        <translation>Ештеңе жоғалған жоқ: әлі жіберілмеген немесе алынбаған деректер келесі синхрондауда кетеді.</translation>
    </message>
    <message>
        <source>Downloading the district</source>
        <translation>Ауданды жүктеу</translation>
    </message>
    <message>
        <source>Run the clone again; it starts over.</source>
        <translation>Клондауды қайта іске қосыңыз; ол басынан басталады.</translation>
    </message>
    <message>
        <source>The registry does not accept this user name and password.</source>
        <translation>Тізілім бұл пайдаланушы атын және құпиясөзді қабылдамайды.</translation>
    </message>
    <message>
        <source>Check them, or ask the administrator to reset the password. Nothing was changed.</source>
        <translation>Оларды тексеріңіз немесе әкімшіден құпиясөзді қалпына келтіруді сұраңыз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The registry asked LandDesk to sign in again.</source>
        <translation>Тізілім LandDesk-тен қайта кіруді сұрайды.</translation>
    </message>
    <message>
        <source>Sync again; nothing was lost.</source>
        <translation>Қайта синхрондаңыз; ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <source>This user works in another district of the registry.</source>
        <translation>Бұл пайдаланушы тізілімнің басқа ауданында жұмыс істейді.</translation>
    </message>
    <message>
        <source>Use a cache of your own district, or ask the administrator for access.</source>
        <translation>Өз ауданыңыздың кэшін пайдаланыңыз немесе әкімшіден қол жеткізу құқығын сұраңыз.</translation>
    </message>
    <message>
        <source>The registry holds no such district.</source>
        <translation>Тізілімде мұндай аудан жоқ.</translation>
    </message>
    <message>
        <source>Check the district code, or ask the administrator to load the district.</source>
        <translation>Аудан кодын тексеріңіз немесе әкімшіден ауданды жүктеуді сұраңыз.</translation>
    </message>
    <message>
        <source>This user&apos;s role may not change the registry.</source>
        <translation>Бұл пайдаланушының рөлі тізілімді өзгертуге рұқсат бермейді.</translation>
    </message>
    <message>
        <source>Ask an officer of the district to make the change; it stays in your cache.</source>
        <translation>Өзгерісті енгізуді аудан маманынан сұраңыз; ол сіздің кэшіңізде қалады.</translation>
    </message>
    <message>
        <source>This user&apos;s role may change plans only.</source>
        <translation>Бұл пайдаланушының рөлі тек жоспарларды өзгертуге рұқсат береді.</translation>
    </message>
    <message>
        <source>This user&apos;s role may not record decisions.</source>
        <translation>Бұл пайдаланушының рөлі шешімдерді жазуға рұқсат бермейді.</translation>
    </message>
    <message>
        <source>Only an officer or the head of the land department can record a decision.</source>
        <translation>Шешімді тек жер қатынастары бөлімінің маманы немесе басшысы жаза алады.</translation>
    </message>
    <message>
        <source>The registry needs a newer LandDesk.</source>
        <translation>Тізілімге LandDesk-тің жаңа нұсқасы қажет.</translation>
    </message>
    <message>
        <source>Update LandDesk first, then sync again. Your unsynced work stays in the cache.</source>
        <translation>Алдымен LandDesk жаңартыңыз, содан кейін қайта синхрондаңыз. Синхрондалмаған жұмыс кэште қалады.</translation>
    </message>
    <message>
        <source>The changes are too large to send at once.</source>
        <translation>Өзгерістер бір реттік жіберу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>Sync more often, so each sync is smaller.</source>
        <translation>Әр синхрондау кішірек болуы үшін жиірек синхрондаңыз.</translation>
    </message>
    <message>
        <source>{user} works in district {district}, not {wanted}.</source>
        <translation>{user} {wanted} ауданында емес, {district} ауданында жұмыс істейді.</translation>
    </message>
    <message>
        <source>The registry holds no district {district}.</source>
        <translation>Тізілімде {district} ауданы жоқ.</translation>
    </message>
    <message>
        <source>it answered {code}</source>
        <translation>ол {code} деп жауап берді</translation>
    </message>
    <message>
        <source>This cache&apos;s decisions do not match the registry&apos;s: {divergence}.</source>
        <translation>Бұл кэштегі шешімдер тізілімдегі шешімдерге сәйкес келмейді: {divergence}.</translation>
    </message>
    <message>
        <source>Nothing was sent to the registry. Tell the administrator: decisions in this cache were changed outside LandDesk. Clone the district again from the registry and work in the new cache; keep this file for the inquiry.</source>
        <translation>Тізілімге ештеңе жіберілген жоқ. Әкімшіге хабарлаңыз: бұл кэштегі шешімдер LandDesk-тен тыс өзгертілген. Ауданды тізілімнен қайта көшіріп алып, жаңа кэште жұмыс істеңіз; бұл файлды тексеру үшін сақтаңыз.</translation>
    </message>
    <message>
        <source>The registry at {url} does not serve the district&apos;s decision chain, so the decisions cannot be compared with it.</source>
        <translation>{url} мекенжайындағы тізілім ауданның шешімдер тізбегін бермейді, сондықтан шешімдерді онымен салыстыру мүмкін емес.</translation>
    </message>
    <message>
        <source>Ask the administrator to update the registry.</source>
        <translation>Әкімшіден тізілімді жаңартуды сұраңыз.</translation>
    </message>
    <message>
        <source>Nothing was lost; see the message.</source>
        <translation>Ештеңе жоғалған жоқ; хабарламаны қараңыз.</translation>
    </message>
    <message>
        <source>{count} decisions missing from this cache were restored from the registry.</source>
        <translation>Бұл кэште жоқ {count} шешім тізілімнен қалпына келтірілді.</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>ол уақытында жауап бермеді</translation>
    </message>
    <message>
        <source>nothing answers at that address (the registry is stopped or the address is wrong)</source>
        <translation>бұл мекенжай бойынша ешкім жауап бермейді (тізілім тоқтатылған немесе мекенжай қате)</translation>
    </message>
    <message>
        <source>the connection failed ({error})</source>
        <translation>қосылу сәтсіз аяқталды ({error})</translation>
    </message>
    <message>
        <source>Sync as a user of this cache&apos;s district.</source>
        <translation>Осы кэш ауданының пайдаланушысы ретінде синхрондаңыз.</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>Өзгерістеріңізді жіберу</translation>
    </message>
    <message>
        <source>Receiving the registry&apos;s changes</source>
        <translation>Тізілім өзгерістерін алу</translation>
    </message>
    <message>
        <source>{tbl} {uid} was set aside, the registry cannot keep it: {field}: {detail}</source>
        <translation>{tbl} {uid} жолы шетке қойылды, тізілім оны қабылдай алмайды: {field}: {detail}</translation>
    </message>
    <message>
        <source>The registry state kept for {tbl} {uid} could not be read; it was taken again from the registry.</source>
        <translation>{tbl} {uid} үшін сақталған тізілім күйін оқу мүмкін болмады; ол тізілімнен қайта алынды.</translation>
    </message>
    <message>
        <source>Run the clone again.</source>
        <translation>Клондауды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Area, {unit}</source>
        <translation>Ауданы, {unit}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>{days} күнге кешіктірілген</translation>
    </message>
    <message>
        <source>Application queue</source>
        <translation>Өтініштер кезегі</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Тек мерзімі өткендер</translation>
    </message>
    <message>
        <source>Filter: number, applicant, purpose, officer…</source>
        <translation>Сүзгі: нөмір, өтініш беруші, мақсат, орындаушы…</translation>
    </message>
    <message>
        <source>Application queue — {count} applications, {overdue} overdue</source>
        <translation>Өтініштер кезегі — өтініштер: {count}, мерзімі өткен: {overdue}</translation>
    </message>
    <message>
        <source>Loading the map layers…</source>
        <translation>Карта қабаттары жүктелуде…</translation>
    </message>
    <message>
        <source>&amp;Open cache…</source>
        <translation>Кэшті &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Find parcel or application…</source>
        <translation>Учаскені немесе өтінішті &amp;табу…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Жақындату</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Алыстату</translation>
    </message>
    <message>
        <source>Zoom to &amp;district</source>
        <translation>Бүкіл &amp;ауданды көрсету</translation>
    </message>
    <message>
        <source>Cancel tool</source>
        <translation>Құралды болдырмау</translation>
    </message>
    <message>
        <source>Cancel the measurement or selection in progress</source>
        <translation>Ағымдағы өлшеуді немесе таңдауды болдырмау</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Жылжыту</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>&amp;Ақпарат</translation>
    </message>
    <message>
        <source>&amp;Select by rectangle</source>
        <translation>Тіктөртбұрышпен &amp;таңдау</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Өлшеу</translation>
    </message>
    <message>
        <source>Edit &amp;vertices</source>
        <translation>&amp;Төбелерді түзету</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Register application…</source>
        <translation>Өтінішті &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Register a paper application: applicant, purpose, right, area and the plot</source>
        <translation>Қағаз өтінішті тіркеу: өтініш беруші, мақсаты, құқығы, ауданы және учаскесі</translation>
    </message>
    <message>
        <source>&amp;Import GIS file…</source>
        <translation>ГАЖ файлын &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import plan zones, red lines or parcels from a GIS file</source>
        <translation>ГАЖ файлынан жоспар аймақтарын, қызыл сызықтарды немесе учаскелерді импорттау</translation>
    </message>
    <message>
        <source>&amp;Export layer…</source>
        <translation>Қабатты &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Write a layer, or the selected parcels, to a GeoPackage or GeoJSON file</source>
        <translation>Қабатты немесе таңдалған учаскелерді GeoPackage не GeoJSON файлына жазу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Reset window layout</source>
        <translation>Панельдердің орналасуын қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <source>{count} parcels loaded.</source>
        <translation>Жүктелген учаскелер: {count}.</translation>
    </message>
    <message>
        <source>Length {length}</source>
        <translation>Ұзындығы {length}</translation>
    </message>
    <message>
        <source>Area {area} m² ({hectares} ha)</source>
        <translation>Ауданы {area} м² ({hectares} га)</translation>
    </message>
    <message>
        <source>No parcel at {x}, {y}.</source>
        <translation>{x}, {y} нүктесінде учаске жоқ.</translation>
    </message>
    <message>
        <source>{count} parcels selected.</source>
        <translation>Таңдалған учаскелер: {count}.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>«{text}» бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Found {label}.</source>
        <translation>Табылды: {label}.</translation>
    </message>
    <message>
        <source>Open a LandDesk cache</source>
        <translation>LandDesk кэшін ашу</translation>
    </message>
    <message>
        <source>LandDesk cache (*.sqlite *.landdesk);;All files (*)</source>
        <translation>LandDesk кэші (*.sqlite *.landdesk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>{what}

What to do: {todo}</source>
        <translation>{what}

Не істеу керек: {todo}</translation>
    </message>
    <message>
        <source>Internal error: {error}

LandDesk wrote the details to {log}. Nothing saved was lost; send that file to support.</source>
        <translation>Ішкі қате: {error}

LandDesk толық мәліметті {log} файлына жазды. Сақталған ештеңе жоғалған жоқ; бұл файлды қолдау қызметіне жіберіңіз.</translation>
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
        <translation>Ауыл шаруашылығы мақсатындағы жерлер</translation>
    </message>
    <message>
        <source>Settlement land</source>
        <translation>Елді мекендердің жерлері</translation>
    </message>
    <message>
        <source>Industry, transport, communications, defence and other non-agricultural land</source>
        <translation>Өнеркәсіп, көлік, байланыс, қорғаныс және өзге де ауыл шаруашылығы мақсатына арналмаған жерлер</translation>
    </message>
    <message>
        <source>Protected, recreational and heritage land</source>
        <translation>Ерекше қорғалатын табиғи аумақтардың, сауықтыру, рекреациялық және тарихи-мәдени мақсаттағы жерлер</translation>
    </message>
    <message>
        <source>Forest fund</source>
        <translation>Орман қорының жерлері</translation>
    </message>
    <message>
        <source>Water fund</source>
        <translation>Су қорының жерлері</translation>
    </message>
    <message>
        <source>Reserve land</source>
        <translation>Босалқы жерлер</translation>
    </message>
    <message>
        <source>Individual housing construction</source>
        <translation>Жеке тұрғын үй құрылысы</translation>
    </message>
    <message>
        <source>Personal subsidiary farming</source>
        <translation>Жеке қосалқы шаруашылық</translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation>Бағбандық</translation>
    </message>
    <message>
        <source>Dacha construction</source>
        <translation>Саяжай құрылысы</translation>
    </message>
    <message>
        <source>Vegetable growing</source>
        <translation>Бақша өсіру</translation>
    </message>
    <message>
        <source>Peasant or farm enterprise</source>
        <translation>Шаруа немесе фермер қожалығы</translation>
    </message>
    <message>
        <source>Agricultural production</source>
        <translation>Ауыл шаруашылығы өндірісі</translation>
    </message>
    <message>
        <source>Multi-storey housing</source>
        <translation>Көп қабатты тұрғын үй құрылысы</translation>
    </message>
    <message>
        <source>Public and social buildings</source>
        <translation>Әлеуметтік мақсаттағы нысандар</translation>
    </message>
    <message>
        <source>Trade and services</source>
        <translation>Сауда және қызмет көрсету нысандары</translation>
    </message>
    <message>
        <source>Industry and warehouses</source>
        <translation>Өндірістік және қойма нысандары</translation>
    </message>
    <message>
        <source>Construction and maintenance of buildings</source>
        <translation>Ғимараттарды, құрылыстарды салу және оларға қызмет көрсету</translation>
    </message>
    <message>
        <source>Engineering and transport infrastructure</source>
        <translation>Инженерлік және көлік инфрақұрылымы</translation>
    </message>
    <message>
        <source>Common use</source>
        <translation>Ортақ пайдаланудағы нысандар</translation>
    </message>
    <message>
        <source>Recreation</source>
        <translation>Рекреация</translation>
    </message>
    <message>
        <source>Subsoil use</source>
        <translation>Жер қойнауын пайдалану</translation>
    </message>
    <message>
        <source>Private ownership</source>
        <translation>Жеке меншік</translation>
    </message>
    <message>
        <source>Permanent land use</source>
        <translation>Тұрақты жер пайдалану</translation>
    </message>
    <message>
        <source>Short-term lease (up to 5 years)</source>
        <translation>Қысқа мерзімді жалдау (5 жылға дейін)</translation>
    </message>
    <message>
        <source>Long-term lease (5 to 49 years)</source>
        <translation>Ұзақ мерзімді жалдау (5 жылдан 49 жылға дейін)</translation>
    </message>
    <message>
        <source>Temporary free use</source>
        <translation>Уақытша өтеусіз жер пайдалану</translation>
    </message>
    <message>
        <source>Service allotment</source>
        <translation>Қызметтік жер үлесі</translation>
    </message>
    <message>
        <source>State land, not granted</source>
        <translation>Берілмеген мемлекеттік меншіктегі жерлер</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Резервте</translation>
    </message>
    <message>
        <source>Under application</source>
        <translation>Өтініш бойынша</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Алып қойылған</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <source>Private servitude</source>
        <translation>Жеке сервитут</translation>
    </message>
    <message>
        <source>Public servitude</source>
        <translation>Жария сервитут</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Кепіл</translation>
    </message>
    <message>
        <source>Protection zone</source>
        <translation>Күзет аймағы</translation>
    </message>
    <message>
        <source>Prescription to remedy a violation</source>
        <translation>Бұзушылықты жою туралы нұсқама</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Резервке қою</translation>
    </message>
    <message>
        <source>Ban on transactions</source>
        <translation>Мәмілелер жасауға тыйым</translation>
    </message>
    <message>
        <source>Incomplete documents</source>
        <translation>Құжаттар топтамасы толық емес</translation>
    </message>
    <message>
        <source>Applicant is in the register of persons whose plots were seized</source>
        <translation>Өтініш беруші жер учаскелері алып қойылған адамдар тізілімінде</translation>
    </message>
    <message>
        <source>Purpose not allowed by the zoning or the approved plan</source>
        <translation>Нысаналы мақсат аймақтарға бөлуге немесе бекітілген қала құрылысы құжаттамасына сәйкес келмейді</translation>
    </message>
    <message>
        <source>No approved general plan or DPP for construction</source>
        <translation>Құрылысқа бекітілген бас жоспардың немесе ЕЖЖ-ның болмауы</translation>
    </message>
    <message>
        <source>No engineering networks</source>
        <translation>Инженерлік желілердің болмауы</translation>
    </message>
    <message>
        <source>Negative conclusion of the land commission</source>
        <translation>Жер комиссиясының теріс қорытындысы</translation>
    </message>
    <message>
        <source>Negative conclusion of an approving body or utility</source>
        <translation>Келісуші органның немесе желілік ұйымның теріс қорытындысы</translation>
    </message>
    <message>
        <source>The requested plot is already occupied</source>
        <translation>Сұралған учаске бос емес</translation>
    </message>
    <message>
        <source>Applicant did not approve the allotment scheme in time</source>
        <translation>Өтініш беруші бөлу схемасын мерзімінде келіспеді</translation>
    </message>
    <message>
        <source>Commission conclusion older than one year</source>
        <translation>Жер комиссиясы қорытындысының бір жылдық мерзімі өтті</translation>
    </message>
    <message>
        <source>The plot must go to auction or competition</source>
        <translation>Учаске сауда-саттықта (конкурста, аукционда) берілуге тиіс</translation>
    </message>
    <message>
        <source>Land that cannot be granted: common use, reserved or restricted</source>
        <translation>Берілуге жатпайтын жерлер: ортақ пайдаланудағы, резервтегі немесе шектелген</translation>
    </message>
    <message>
        <source>Repeated free grant</source>
        <translation>Қайта тегін беру</translation>
    </message>
    <message>
        <source>IZhS plot without a queue entry</source>
        <translation>Кезекке тұрмай ЖТҚ үшін учаске</translation>
    </message>
    <message>
        <source>Size exceeds the norm</source>
        <translation>Беру нормасынан асу</translation>
    </message>
    <message>
        <source>Applicant is not of age</source>
        <translation>Өтініш беруші кәмелетке толмаған</translation>
    </message>
    <message>
        <source>The right asked for is reserved to citizens of Kazakhstan</source>
        <translation>Сұралған құқық тек Қазақстан Республикасының азаматтарына беріледі</translation>
    </message>
    <message>
        <source>Within 500 m of a shoreline where protection zones are not set</source>
        <translation>Су қорғау аймақтары белгіленгенге дейін су шетінен 500 м шегінде</translation>
    </message>
    <message>
        <source>Inside a water-protection strip</source>
        <translation>Су қорғау белдеуінің шегінде</translation>
    </message>
    <message>
        <source>Aerodrome area restrictions</source>
        <translation>Әуеайлақ маңы аумағының шектеулері</translation>
    </message>
    <message>
        <source>Documents or data inaccurate</source>
        <translation>Құжаттардың немесе мәліметтердің дұрыс болмауы</translation>
    </message>
    <message>
        <source>public-service rules (MoA Order No 301)</source>
        <translation>мемлекеттік қызмет көрсету қағидалары (АШМ № 301 бұйрығы)</translation>
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
        <translation>Ауыл шаруашылығы</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Елді мекендер</translation>
    </message>
    <message>
        <source>Industry, transport</source>
        <translation>Өнеркәсіп, көлік</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Ерекше қорғалатын</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Босалқы</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Тұрғын</translation>
    </message>
    <message>
        <source>Social and business</source>
        <translation>Қоғамдық-іскерлік</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Коммерциялық</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Өзге</translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>Аймақсыз</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Architecture check</source>
        <translation>Сәулет тексеруі</translation>
    </message>
    <message>
        <source>Allotment scheme</source>
        <translation>Бөлу схемасы</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Келісулер</translation>
    </message>
    <message>
        <source>Applicant approval</source>
        <translation>Өтініш берушінің келісуі</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Мақұлданды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>District boundary</source>
        <translation>Аудан шекарасы</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Water bodies</source>
        <translation>Су объектілері</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Су</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Encumbrances</source>
        <translation>Ауыртпалықтар</translation>
    </message>
    <message>
        <source>Encumbrance</source>
        <translation>Ауыртпалық</translation>
    </message>
    <message>
        <source>General plan zones</source>
        <translation>Бас жоспар аймақтары</translation>
    </message>
    <message>
        <source>Zone without type</source>
        <translation>Түрі жоқ аймақ</translation>
    </message>
    <message>
        <source>DPP zones</source>
        <translation>ЕЖЖ аймақтары</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>Қызыл сызықтар</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Қызыл сызық</translation>
    </message>
    <message>
        <source>Settlement boundaries</source>
        <translation>Елді мекендердің шекаралары</translation>
    </message>
    <message>
        <source>Settlement boundary</source>
        <translation>Елді мекен шекарасы</translation>
    </message>
    <message>
        <source>Requested plots</source>
        <translation>Сұралған учаскелер</translation>
    </message>
    <message>
        <source>application {number}: {check} is now {after} (was {before})</source>
        <translation>{number} өтініші: «{check}» енді «{after}» (бұрын «{before}»)</translation>
    </message>
    <message>
        <source>{m2:,.1f} m² ({ha:.4f} ha)</source>
        <translation>{m2:,.1f} м² ({ha:.4f} га)</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастрлық нөмір</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Land category</source>
        <translation>Жер санаты</translation>
    </message>
    <message>
        <source>Designated purpose</source>
        <translation>Нысаналы мақсаты</translation>
    </message>
    <message>
        <source>Purpose as registered</source>
        <translation>Құжат бойынша мақсаты</translation>
    </message>
    <message>
        <source>Functional zone</source>
        <translation>Функционалдық аймақ</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Құқық</translation>
    </message>
    <message>
        <source>Term of right</source>
        <translation>Құқық мерзімі</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} жыл</translation>
    </message>
    <message>
        <source>Right holder</source>
        <translation>Құқық иесі</translation>
    </message>
    <message>
        <source>Holder&apos;s IIN/BIN</source>
        <translation>Құқық иесінің ЖСН/БСН</translation>
    </message>
    <message>
        <source>Divisible</source>
        <translation>Бөлінетіндігі</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Official area</source>
        <translation>Құжат бойынша ауданы</translation>
    </message>
    <message>
        <source>Computed area</source>
        <translation>Есептелген ауданы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Орам</translation>
    </message>
    <message>
        <source>no zone type</source>
        <translation>аймақ түрі көрсетілмеген</translation>
    </message>
    <message>
        <source>application {number}</source>
        <translation>{number} өтініші</translation>
    </message>
    <message>
        <source>parcel {number}</source>
        <translation>{number} учаскесі</translation>
    </message>
    <message>
        <source>Your full name is not set</source>
        <translation>Толық аты-жөніңіз көрсетілмеген</translation>
    </message>
    <message>
        <source>It is printed on decisions and kept in the audit. Set it in File → Settings, then record this again; nothing was recorded.</source>
        <translation>Ол шешімдерде басылып, аудитте сақталады. Оны Файл → Баптаулар бөлімінде көрсетіп, қайта тіркеңіз; ештеңе тіркелген жоқ.</translation>
    </message>
    <message>
        <source>Answer from {body} recorded.</source>
        <translation>«{body}» жауабы жазылды.</translation>
    </message>
    <message>
        <source>Technical conditions requested from {body}, due {date}.</source>
        <translation>«{body}» ұйымынан техникалық шарттар сұратылды, мерзімі {date}.</translation>
    </message>
    <message>
        <source>Application {number} withdrawn.</source>
        <translation>{number} өтініші кері қайтарылды.</translation>
    </message>
    <message>
        <source>Application {number} moved to {status}.</source>
        <translation>{number} өтініші «{status}» кезеңіне ауыстырылды.</translation>
    </message>
    <message>
        <source>Application {number}: {kind} recorded as decision № {seq}.</source>
        <translation>{number} өтініші: «{kind}» № {seq} шешім ретінде жазылды.</translation>
    </message>
    <message>
        <source>Documents saved: {files} in {folder}.</source>
        <translation>Құжаттар сақталды: {files}, қалта {folder}.</translation>
    </message>
    <message>
        <source>Registered as {number}, due {date}.</source>
        <translation>{number} нөмірімен тіркелді, мерзімі {date}.</translation>
    </message>
    <message>
        <source>Export monitoring</source>
        <translation>Мониторингті экспорттау</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Monitoring exported to {file}.</source>
        <translation>Мониторинг {file} файлына шығарылды.</translation>
    </message>
    <message>
        <source>Zone attributes</source>
        <translation>Аймақ атрибуттары</translation>
    </message>
    <message>
        <source>Parcel attributes</source>
        <translation>Учаске атрибуттары</translation>
    </message>
    <message>
        <source>Zone code</source>
        <translation>Аймақ коды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Zone type</source>
        <translation>Аймақ түрі</translation>
    </message>
    <message>
        <source>Permitted purposes</source>
        <translation>Рұқсат етілген мақсаттар</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>A zone without permitted purposes cannot be checked against applications: choose at least one.</source>
        <translation>Рұқсат етілген мақсаттары жоқ аймақты өтініштермен салыстыру мүмкін емес: кемінде біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>Refuse application {number}</source>
        <translation>{number} өтініші бойынша бас тарту</translation>
    </message>
    <message>
        <source>Approve application {number}</source>
        <translation>{number} өтінішін мақұлдау</translation>
    </message>
    <message>
        <source>Act number</source>
        <translation>Акт нөмірі</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Құқықтық негіздер</translation>
    </message>
    <message>
        <source>Motivation in Russian (sent to the applicant)</source>
        <translation>Орыс тіліндегі дәлелдеме (өтініш берушіге жіберіледі)</translation>
    </message>
    <message>
        <source>Motivation in Kazakh</source>
        <translation>Қазақ тіліндегі дәлелдеме</translation>
    </message>
    <message>
        <source>Why refuse although every check passed</source>
        <translation>Барлық тексеруден өтсе де, неге бас тарту</translation>
    </message>
    <message>
        <source>Pre-checks failed: {count}. {explanations}</source>
        <translation>Өтпеген алдын ала тексерулер: {count}. {explanations}</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Тексерулерге қарамастан шешім себебі</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Мақұлдау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>, {days} WD late</source>
        <translation>, {days} ж. к. кешіктірілді</translation>
    </message>
    <message>
        <source>started {started}, due {due}</source>
        <translation>басталды {started}, мерзімі {due}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Select an application in the queue to see its automatic pre-checks.</source>
        <translation>Автоматты алдын ала тексерулерін көру үшін кезектен өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <source>Run the automatic pre-checks again (after the plan or the plot was corrected)</source>
        <translation>Автоматты алдын ала тексерулерді қайталау (жоспар немесе учаске түзетілгеннен кейін)</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Бас тарту…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Мақұлдау…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Келесі қадам</translation>
    </message>
    <message>
        <source>Move the application to the next step of its procedure</source>
        <translation>Өтінішті рәсімнің келесі қадамына ауыстыру</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Жауапты жазу…</translation>
    </message>
    <message>
        <source>An approving body&apos;s conclusion or a utility&apos;s technical conditions came in</source>
        <translation>Келісуші органның қорытындысы немесе желілік ұйымның техникалық шарттары келді</translation>
    </message>
    <message>
        <source>Request conditions…</source>
        <translation>ТШ сұрату…</translation>
    </message>
    <message>
        <source>Ask one more utility for technical conditions (its own 5 working days)</source>
        <translation>Тағы бір желілік ұйымнан техникалық шарттар сұрату (өзінің 5 жұмыс күні)</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Кері қайтару…</translation>
    </message>
    <message>
        <source>The applicant withdrew the application</source>
        <translation>Өтініш беруші өтінішті кері қайтарып алды</translation>
    </message>
    <message>
        <source>Cancel decision…</source>
        <translation>Шешімнің күшін жою…</translation>
    </message>
    <message>
        <source>The contract was not signed in its term, or the applicant refused to sign</source>
        <translation>Шартқа мерзімінде қол қойылмады немесе өтініш беруші қол қоюдан бас тартты</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>Рәсім қадамдары</translation>
    </message>
    <message>
        <source>This application is decided; its checks are not run again.</source>
        <translation>Бұл өтініш бойынша шешім қабылданған; тексерулер қайта орындалмайды.</translation>
    </message>
    <message>
        <source>passes every check</source>
        <translation>барлық тексеруден өтті</translation>
    </message>
    <message>
        <source>failed checks: {count}</source>
        <translation>өтпеген тексерулер: {count}</translation>
    </message>
    <message>
        <source>Ground: {code} ({article})</source>
        <translation>Негіз: {code} ({article})</translation>
    </message>
    <message>
        <source>The decision itself is recorded with Approve or Refuse</source>
        <translation>Шешімнің өзі «Мақұлдау» немесе «Бас тарту» арқылы тіркеледі</translation>
    </message>
    <message>
        <source>Same field changed</source>
        <translation>Бір өріс өзгертілді</translation>
    </message>
    <message>
        <source>Boundary changed on both sides</source>
        <translation>Шекара екі жақта да өзгертілді</translation>
    </message>
    <message>
        <source>Changed here, deleted there</source>
        <translation>Мұнда өзгертілді, онда жойылды</translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation>Шешім қабылданып қойған</translation>
    </message>
    <message>
        <source>Boundary overlaps a neighbour</source>
        <translation>Шекара көршімен қабаттасады</translation>
    </message>
    <message>
        <source>Refused by the registry</source>
        <translation>Тізілім қабылдамады</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Plan zone</source>
        <translation>Жоспар аймағы</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Water body</source>
        <translation>Су объектісі</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Қайшылықтар жоқ.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Бастапқы</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Менікі</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>Received but held back by the sync</source>
        <translation>Алынды, бірақ синхрондау ұстап қалды</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Map: &lt;span style=&apos;color:#5a5a5a&apos;&gt;- - base&lt;/span&gt; · &lt;span style=&apos;color:#1e64e6&apos;&gt;■ mine&lt;/span&gt; · &lt;span style=&apos;color:#dc2828&apos;&gt;■ registry&lt;/span&gt;</source>
        <translation>Карта: &lt;span style=&apos;color:#5a5a5a&apos;&gt;- - бастапқы&lt;/span&gt; · &lt;span style=&apos;color:#1e64e6&apos;&gt;■ менікі&lt;/span&gt; · &lt;span style=&apos;color:#dc2828&apos;&gt;■ тізілім&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Accept registry&apos;s</source>
        <translation>Тізілім нұсқасын қабылдау</translation>
    </message>
    <message>
        <source>Drop my change to this feature and take the registry&apos;s version</source>
        <translation>Нысанға енгізген өзгерісімді алып тастап, тізілім нұсқасын қабылдау</translation>
    </message>
    <message>
        <source>Keep mine…</source>
        <translation>Менікін қалдыру…</translation>
    </message>
    <message>
        <source>Send my version again over the registry&apos;s; a reason is required and audited</source>
        <translation>Менің нұсқамды тізілім нұсқасының үстінен қайта жіберу; себеп қажет, ол аудитке түседі</translation>
    </message>
    <message>
        <source>Edit merged…</source>
        <translation>Біріктірілгенді түзету…</translation>
    </message>
    <message>
        <source>Start from the registry&apos;s version and set the differing fields by hand</source>
        <translation>Тізілім нұсқасынан бастап, айырмашылығы бар өрістерді қолмен орнату</translation>
    </message>
    <message>
        <source>Changes here and in the registry that disagree: {count}. Nothing was overwritten; choose for each which version stands.</source>
        <translation>Мұндағы және тізілімдегі өзгерістер арасындағы айырмашылықтар: {count}. Ештеңе қайта жазылған жоқ; әрқайсысы үшін қай нұсқа қалатынын таңдаңыз.</translation>
    </message>
    <message>
        <source>Rows received from the registry and held back: {count}. The sync goes on without them; each comes in when its parent arrives or the registry sends a corrected version.</source>
        <translation>Тізілімнен алынып, ұстап қалынған жолдар: {count}. Синхрондау оларсыз жалғасады; әрқайсысы өзінің негізгі жазбасы келгенде немесе тізілім түзетілген нұсқасын жібергенде қабылданады.</translation>
    </message>
    <message>
        <source>Row {uid} of {table}, registry version {version}</source>
        <translation>{table} кестесінің {uid} жолы, тізілімдегі нұсқасы {version}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(жойылды)</translation>
    </message>
    <message>
        <source>The registry cannot keep this row, so it was set aside and not sent: {field}: {reason}. Correct it and sync again, or accept the registry&apos;s version.</source>
        <translation>Тізілім бұл жолды қабылдай алмайды, сондықтан ол шетке қойылып, жіберілмеді: {field}: {reason}. Оны түзетіп, қайта синхрондаңыз немесе тізілім нұсқасын қабылдаңыз.</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Менің нұсқамды қалдыру</translation>
    </message>
    <message>
        <source>Why does your version stand over the registry&apos;s? This is kept in the audit log.</source>
        <translation>Неліктен сіздің нұсқаңыз тізілім нұсқасынан басым? Бұл аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Edit the merged version</source>
        <translation>Біріктірілген нұсқаны түзету</translation>
    </message>
    <message>
        <source>Starting from the registry&apos;s version; set each field as it should stand.</source>
        <translation>Тізілім нұсқасы негізге алынды; әр өрісті болуы тиіс күйге орнатыңыз.</translation>
    </message>
    <message>
        <source>registry: {value}</source>
        <translation>тізілім: {value}</translation>
    </message>
    <message>
        <source>{area} m², {count} vertices</source>
        <translation>{area} м², төбелер: {count}</translation>
    </message>
    <message>
        <source>Parcel inspector</source>
        <translation>Учаске инспекторы</translation>
    </message>
    <message>
        <source>Click a parcel on the map (identify tool) or press Ctrl+F.</source>
        <translation>Учаскені картадан басыңыз немесе Ctrl+F.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Нүкте</translation>
    </message>
    <message>
        <source>X north (m)</source>
        <translation>X солтүстік (м)</translation>
    </message>
    <message>
        <source>Y east (m)</source>
        <translation>Y шығыс (м)</translation>
    </message>
    <message>
        <source>Side to next (m)</source>
        <translation>Келесіге дейінгі қабырға (м)</translation>
    </message>
    <message>
        <source>Cadastral plan…</source>
        <translation>Кадастрлық жоспар…</translation>
    </message>
    <message>
        <source>Write the land-cadastral plan of this parcel (PDF, Russian and Kazakh) and open it</source>
        <translation>Учаскенің жер-кадастрлық жоспарын жасау (PDF, орыс және қазақ тілдерінде) және оны ашу</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Edit the parcel&apos;s attributes (checked as you type; undo with Ctrl+Z)</source>
        <translation>Учаске атрибуттарын өзгерту (енгізу кезінде тексеріледі; болдырмау — Ctrl+Z)</translation>
    </message>
    <message>
        <source>Copy catalogue</source>
        <translation>Каталогты көшіру</translation>
    </message>
    <message>
        <source>Copy the boundary points as tab-separated text (paste into a spreadsheet)</source>
        <translation>Бұрылыс нүктелерін табуляциямен бөлінген мәтін ретінде көшіру (кестеге қою үшін)</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибуттар</translation>
    </message>
    <message>
        <source>Boundary points</source>
        <translation>Бұрылыс нүктелері</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Іргелестер</translation>
    </message>
    <message>
        <source>Plan zones</source>
        <translation>Жоспар аймақтары</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>No parcel here.</source>
        <translation>Мұнда учаске жоқ.</translation>
    </message>
    <message>
        <source>No official area on record.</source>
        <translation>Құжат бойынша ауданы көрсетілмеген.</translation>
    </message>
    <message>
        <source>differs by more than 1 %</source>
        <translation>айырмашылығы 1 %-дан асады</translation>
    </message>
    <message>
        <source>agrees within 1 %</source>
        <translation>1 % шегінде сәйкес келеді</translation>
    </message>
    <message>
        <source>Official {official} m² vs computed {computed} m²: {difference} — {verdict}.</source>
        <translation>Құжат бойынша {official} м², есептелген {computed} м²: {difference} — {verdict}.</translation>
    </message>
    <message>
        <source>(ring {ring})</source>
        <translation>({ring}-контур)</translation>
    </message>
    <message>
        <source>shares {length} m</source>
        <translation>ортақ шекара {length} м</translation>
    </message>
    <message>
        <source>no permitted purposes recorded</source>
        <translation>рұқсат етілген мақсаттар көрсетілмеген</translation>
    </message>
    <message>
        <source>{code} {name} — {kind}, {share} of the parcel
   {plan} ({plan_kind}, {status})
   permits: {permitted}</source>
        <translation>{code} {name} — {kind}, учаскенің {share}
   {plan} ({plan_kind}, {status})
   рұқсат етеді: {permitted}</translation>
    </message>
    <message>
        <source>No encumbrances.</source>
        <translation>Ауыртпалықтар жоқ.</translation>
    </message>
    <message>
        <source>Neighbours ({count})</source>
        <translation>Іргелестер ({count})</translation>
    </message>
    <message>
        <source>Applications ({count})</source>
        <translation>Өтініштер ({count})</translation>
    </message>
    <message>
        <source>Boundary points of {number}</source>
        <translation>{number} учаскесінің бұрылыс нүктелері</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Қабаттар</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Мөлдірсіздік</translation>
    </message>
    <message>
        <source>Parcels by</source>
        <translation>Учаскелер бойынша</translation>
    </message>
    <message>
        <source>Akimat units</source>
        <translation>Әкімдік бөлімшелері</translation>
    </message>
    <message>
        <source>Approving bodies</source>
        <translation>Келісуші органдар</translation>
    </message>
    <message>
        <source>Utilities (technical conditions)</source>
        <translation>Желілік ұйымдар (техникалық шарттар)</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Өтініш берушілер</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Open this tab to compute the figures.</source>
        <translation>Көрсеткіштерді есептеу үшін осы қойындыны ашыңыз.</translation>
    </message>
    <message>
        <source>Late steps: who answers</source>
        <translation>Мерзімі өткен қадамдар: кім жауапты</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Қадамдар</translation>
    </message>
    <message>
        <source>Refusals by ground</source>
        <translation>Негіздер бойынша бас тартулар</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{decided}&lt;/b&gt; decided, &lt;b&gt;{on_time}&lt;/b&gt; on time; median &lt;b&gt;{median}&lt;/b&gt; working days to a decision; &lt;b&gt;{refused}&lt;/b&gt; refused despite passing every check (as of {today}).</source>
        <translation>Шешілгені: &lt;b&gt;{decided}&lt;/b&gt;, мерзімінде: &lt;b&gt;{on_time}&lt;/b&gt;; шешімге дейінгі медиана &lt;b&gt;{median}&lt;/b&gt; жұмыс күні; барлық тексеруден өтсе де бас тартылғаны: &lt;b&gt;{refused}&lt;/b&gt; ({today} жағдай бойынша).</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation>Жоспар сапасы</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Барлық жоспарлар</translation>
    </message>
    <message>
        <source>Run every data-quality rule on the chosen plan</source>
        <translation>Таңдалған жоспарды деректер сапасының барлық ережелері бойынша тексеру</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Жоспар:</translation>
    </message>
    <message>
        <source>Choose a plan and press Check.</source>
        <translation>Жоспарды таңдап, «Тексеру» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Impact on pending applications: no plan edit yet.</source>
        <translation>Қаралудағы өтініштерге әсері: жоспар әлі түзетілген жоқ.</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Болды</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Findings: {count}. {checked}.</source>
        <translation>Ескертулер: {count}. {checked}.</translation>
    </message>
    <message>
        <source>No findings: {plans} meet every rule.</source>
        <translation>Ескертулер жоқ: {plans} барлық ережелерге сәйкес.</translation>
    </message>
    <message>
        <source>Impact on pending applications: pre-check results changed: {count}.</source>
        <translation>Қаралудағы өтініштерге әсері: өзгерген тексеру нәтижелері: {count}.</translation>
    </message>
    <message>
        <source>Impact on pending applications: no pre-check result changed.</source>
        <translation>Қаралудағы өтініштерге әсері: тексеру нәтижелері өзгерген жоқ.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Sa&amp;ve edits</source>
        <translation>Түзетулерді &amp;сақтау</translation>
    </message>
    <message>
        <source>Mark the edits as the session&apos;s result (each is already stored)</source>
        <translation>Түзетулерді сеанс нәтижесі ретінде белгілеу (әрқайсысы жазылып қойған)</translation>
    </message>
    <message>
        <source>A&amp;bandon edits</source>
        <translation>Түзетулерден &amp;бас тарту</translation>
    </message>
    <message>
        <source>Undo every edit since the edits were last saved</source>
        <translation>Соңғы сақтаудан бергі барлық түзетулерді болдырмау</translation>
    </message>
    <message>
        <source>&amp;Delete vertex</source>
        <translation>Төбені &amp;жою</translation>
    </message>
    <message>
        <source>Delete the chosen vertex of the zone being edited</source>
        <translation>Түзетілетін аймақтың таңдалған төбесін жою</translation>
    </message>
    <message>
        <source>Delete &amp;zone</source>
        <translation>&amp;Аймақты жою</translation>
    </message>
    <message>
        <source>Delete the zone being edited (undo brings it back)</source>
        <translation>Түзетілетін аймақты жою (болдырмау оны қайтарады)</translation>
    </message>
    <message>
        <source>&amp;Reshape boundary</source>
        <translation>Шекараны &amp;өзгерту</translation>
    </message>
    <message>
        <source>Draw a line from the boundary to the boundary: outside adds, inside cuts off; right-click applies</source>
        <translation>Шекарадан шекараға дейін сызық жүргізіңіз: сыртта — қосады, ішінде — кесіп тастайды; оң жақ басу қолданады</translation>
    </message>
    <message>
        <source>Edit red &amp;lines</source>
        <translation>Қызыл &amp;сызықтарды түзету</translation>
    </message>
    <message>
        <source>The edit tool picks red lines</source>
        <translation>Түзету құралы қызыл сызықтарды таңдайды</translation>
    </message>
    <message>
        <source>Edit settlement &amp;boundaries</source>
        <translation>Елді мекен &amp;шекараларын түзету</translation>
    </message>
    <message>
        <source>The edit tool picks settlement boundaries</source>
        <translation>Түзету құралы елді мекен шекараларын таңдайды</translation>
    </message>
    <message>
        <source>S&amp;plit zone by line</source>
        <translation>Аймақты сызықпен &amp;бөлу</translation>
    </message>
    <message>
        <source>Click the cutting line&apos;s points across the zone; right-click cuts</source>
        <translation>Аймақ бойынша кесу сызығының нүктелерін басыңыз; оң жақ басу кеседі</translation>
    </message>
    <message>
        <source>Edit &amp;attributes…</source>
        <translation>&amp;Атрибуттарды өзгерту…</translation>
    </message>
    <message>
        <source>Edit the zone&apos;s type, permitted purposes and code</source>
        <translation>Аймақ түрін, рұқсат етілген мақсаттарды және кодты өзгерту</translation>
    </message>
    <message>
        <source>&amp;Merge zones</source>
        <translation>Аймақтарды &amp;біріктіру</translation>
    </message>
    <message>
        <source>Merge the zone being edited with the zones Shift-clicked next to it</source>
        <translation>Түзетілетін аймақты Shift басып таңдалған көршілес аймақтармен біріктіру</translation>
    </message>
    <message>
        <source>Edit plan &amp;zones</source>
        <translation>Жоспар &amp;аймақтарын түзету</translation>
    </message>
    <message>
        <source>The edit tool picks plan zones</source>
        <translation>Түзету құралы жоспар аймақтарын таңдайды</translation>
    </message>
    <message>
        <source>Edit &amp;parcels</source>
        <translation>&amp;Учаскелерді түзету</translation>
    </message>
    <message>
        <source>The edit tool picks parcels (a boundary correction is audited)</source>
        <translation>Түзету құралы учаскелерді таңдайды (шекараны түзету аудитке түседі)</translation>
    </message>
    <message>
        <source>Draw new &amp;zone</source>
        <translation>Жаңа &amp;аймақ салу</translation>
    </message>
    <message>
        <source>Click the corners of a new zone of the plan chosen in Plan quality; right-click closes it</source>
        <translation>«Жоспар сапасында» таңдалған жоспардың жаңа аймағының бұрыштарын басыңыз; оң жақ басу оны тұйықтайды</translation>
    </message>
    <message>
        <source>Draw new red &amp;line</source>
        <translation>Жаңа қызыл &amp;сызық салу</translation>
    </message>
    <message>
        <source>Click the points of a red line of the plan chosen in Plan quality; right-click ends it</source>
        <translation>«Жоспар сапасында» таңдалған жоспардың қызыл сызығының нүктелерін басыңыз; оң жақ басу аяқтайды</translation>
    </message>
    <message>
        <source>Editing {label}: drag a vertex, double-click an edge to add one, F2 for attributes; Ctrl+Z undoes.</source>
        <translation>{label} түзету: төбені сүйреңіз, қырды екі рет басу төбе қосады, F2 — атрибуттар; Ctrl+Z болдырмайды.</translation>
    </message>
    <message>
        <source>Edit stored; pre-check results changed: {count}.</source>
        <translation>Түзету жазылды; өзгерген тексеру нәтижелері: {count}.</translation>
    </message>
    <message>
        <source>Edits saved: each was stored as it was made; this is now the session&apos;s start.</source>
        <translation>Түзетулер сақталды: әрқайсысы бірден жазылды; енді бұл сеанстың басы.</translation>
    </message>
    <message>
        <source>Zones chosen: {count}. Edit → Merge zones joins them.</source>
        <translation>Таңдалған аймақтар: {count}. Түзету → Аймақтарды біріктіру оларды қосады.</translation>
    </message>
    <message>
        <source>no plan is chosen for the new feature</source>
        <translation>жаңа нысан үшін жоспар таңдалмаған</translation>
    </message>
    <message>
        <source>Choose its plan in the Plan quality dock first.</source>
        <translation>Алдымен «Жоспар сапасы» панелінде оның жоспарын таңдаңыз.</translation>
    </message>
    <message>
        <source>Click the points; right-click finishes, Esc stops.</source>
        <translation>Нүктелерді басыңыз; оң жақ басу аяқтайды, Esc тоқтатады.</translation>
    </message>
    <message>
        <source>too few points</source>
        <translation>нүктелер тым аз</translation>
    </message>
    <message>
        <source>A zone needs three corners, a line two.</source>
        <translation>Аймаққа үш бұрыш, сызыққа екі нүкте қажет.</translation>
    </message>
    <message>
        <source>Click the line from the boundary to the boundary; right-click applies, Esc stops.</source>
        <translation>Шекарадан шекараға дейін сызықты басыңыз; оң жақ басу қолданады, Esc тоқтатады.</translation>
    </message>
    <message>
        <source>Click the cutting line across the zone; right-click to cut, Esc to stop.</source>
        <translation>Аймақ бойынша кесу сызығын басыңыз; оң жақ басу — кесу, Esc — тоқтату.</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.dxf *.csv);;All files (*)</source>
        <translation>ГАЖ файлдары (*.gpkg *.shp *.geojson *.json *.dxf *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import a GIS file</source>
        <translation>ГАЖ файлын импорттау</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} импортталуда…</translation>
    </message>
    <message>
        <source>{imported} of {read} features imported as {target} (source CRS {crs}); {refused} refused.</source>
        <translation>{read} нысанның {imported} нысаны «{target}» ретінде импортталды (бастапқы КЖ {crs}); қабылданбағаны: {refused}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Ескерту: {warning}</translation>
    </message>
    <message>
        <source>feature {row}: {reason}</source>
        <translation>{row} нысан: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more (`landdesk import` lists them all)</source>
        <translation>… және тағы {count} (толық тізімді `landdesk import` шығарады)</translation>
    </message>
    <message>
        <source>Pre-checks changed:</source>
        <translation>Өзгерген алдын ала тексерулер:</translation>
    </message>
    <message>
        <source>No pending application&apos;s pre-checks changed.</source>
        <translation>Қаралудағы өтініштердің алдын ала тексерулері өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Selected parcels ({count})</source>
        <translation>Таңдалған учаскелер ({count})</translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation>Қабатты экспорттау</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>Нені экспорттау керек:</translation>
    </message>
    <message>
        <source>Export: {layer}</source>
        <translation>Экспорттау: {layer}</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>{count} features written to {file}.</source>
        <translation>{file} файлына жазылған нысандар: {count}.</translation>
    </message>
    <message>
        <source>Find parcel or application</source>
        <translation>Учаскені немесе өтінішті табу</translation>
    </message>
    <message>
        <source>Cadastral number (19-245-156-036, 19:245:156:036, 19245156036) or application number (2026-0074)</source>
        <translation>Кадастрлық нөмір (19-245-156-036, 19:245:156:036, 19245156036) немесе өтініш нөмірі (2026-0074)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Find a parcel by cadastral number or an application by its number:</source>
        <translation>Учаскені кадастрлық нөмірі бойынша немесе өтінішті нөмірі бойынша табу:</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”. Check the number; separators may be -, : or spaces.</source>
        <translation>«{text}» бойынша сәйкестік жоқ. Нөмірді тексеріңіз; бөлгіштер -, : немесе бос орын болуы мүмкін.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(импорттамау)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} импорттау</translation>
    </message>
    <message>
        <source>{count} features; fields: {fields}</source>
        <translation>нысандар: {count}; өрістер: {fields}</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импорттау түрі</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>As the file declares ({crs})</source>
        <translation>Файлда көрсетілгендей ({crs})</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>Бастапқы координаттар жүйесі</translation>
    </message>
    <message>
        <source>{encoding} (guessed)</source>
        <translation>{encoding} (автоматты анықталды)</translation>
    </message>
    <message>
        <source>Attribute encoding</source>
        <translation>Атрибуттар кодтамасы</translation>
    </message>
    <message>
        <source>Field in the file</source>
        <translation>Файлдағы өріс</translation>
    </message>
    <message>
        <source>LandDesk field</source>
        <translation>LandDesk өрісі</translation>
    </message>
    <message>
        <source>Zones belong to a plan: choose it.</source>
        <translation>Аймақтар жоспарға жатады: оны таңдаңыз.</translation>
    </message>
    <message>
        <source>The file declares no CRS: choose one.</source>
        <translation>Файлда координаттар жүйесі көрсетілмеген: оны таңдаңыз.</translation>
    </message>
    <message>
        <source>Each feature is checked; a bad one is reported with its row and reason and the rest are imported. Nothing is kept if you cancel.</source>
        <translation>Әр нысан тексеріледі; жарамсызы жол нөмірі мен себебі көрсетіліп хабарланады, қалғандары импортталады. Болдырмасаңыз, ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>сіз таңдадыңыз</translation>
    </message>
    <message>
        <source>Read as {encoding} ({why}), the text looks like: {preview}</source>
        <translation>{encoding} кодтамасында ({why}) мәтін былай көрінеді: {preview}</translation>
    </message>
    <message>
        <source>Checking the plan…</source>
        <translation>Жоспар тексерілуде…</translation>
    </message>
    <message>
        <source>Plan check: findings: {count}.</source>
        <translation>Жоспарды тексеру: ескертулер: {count}.</translation>
    </message>
    <message>
        <source>Answer from {body}</source>
        <translation>«{body}» жауабы</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>Positive (conditions issued, approved without reservations)</source>
        <translation>Оң (шарттар берілді, ескертусіз келісілді)</translation>
    </message>
    <message>
        <source>Negative (refused or with reservations)</source>
        <translation>Теріс (бас тарту немесе ескертулермен)</translation>
    </message>
    <message>
        <source>Letter number and date; for a negative answer, the body&apos;s reasons</source>
        <translation>Хаттың нөмірі мен күні; теріс жауап үшін — органның себептері</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>мерзімі {date}</translation>
    </message>
    <message>
        <source>no term</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Register application</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <source>Surname, name and patronymic, or the organisation&apos;s name</source>
        <translation>Тегі, аты, әкесінің аты немесе ұйымның атауы</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Citizen of Kazakhstan</source>
        <translation>Қазақстан азаматы</translation>
    </message>
    <message>
        <source>Free grant (Art. 50 p.2 norms apply)</source>
        <translation>Тегін беру (50-бап 2-т. нормалары қолданылады)</translation>
    </message>
    <message>
        <source>Irrigated land</source>
        <translation>Суармалы жер</translation>
    </message>
    <message>
        <source>square metres</source>
        <translation>шаршы метр</translation>
    </message>
    <message>
        <source>for example 19-245-001-001, when the plot is an existing parcel</source>
        <translation>мысалы 19-245-001-001, учаске бұрыннан бар болса</translation>
    </message>
    <message>
        <source>Draw on the map…</source>
        <translation>Картада сызу…</translation>
    </message>
    <message>
        <source>no plot drawn</source>
        <translation>учаске сызылмаған</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>сұралмаған</translation>
    </message>
    <message>
        <source>One document a line: identity card, application form, scheme…</source>
        <translation>Әр жолда бір құжат: жеке куәлік, өтініш, сызба…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Рәсім</translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation>ЖСН немесе БСН</translation>
    </message>
    <message>
        <source>Area, m²</source>
        <translation>Ауданы, м²</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <source>IZhS queue number</source>
        <translation>ЖТҚ кезегіндегі нөмірі</translation>
    </message>
    <message>
        <source>Lease term, years</source>
        <translation>Жалға алу мерзімі, жыл</translation>
    </message>
    <message>
        <source>Documents attached</source>
        <translation>Қоса берілген құжаттар</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>plot drawn: {area} m², {points} points</source>
        <translation>учаске сызылды: {area} м², {points} нүкте</translation>
    </message>
    <message>
        <source>Letter, reasons</source>
        <translation>Хат, себептер</translation>
    </message>
    <message>
        <source>A negative answer needs the body&apos;s reasons: a refusal will have to cite them.</source>
        <translation>Теріс жауапқа органның себептері қажет: бас тартуда оларға сілтеме жасалады.</translation>
    </message>
    <message>
        <source>Request technical conditions for {number}</source>
        <translation>{number} бойынша техникалық шарттарды сұрату</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Сұрату</translation>
    </message>
    <message>
        <source>Utility (natural monopoly) to ask</source>
        <translation>Сұралатын желілік ұйым (табиғи монополия субъектісі)</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Сұратылған күні</translation>
    </message>
    <message>
        <source>Withdraw application {number}</source>
        <translation>{number} өтінішін кері қайтару</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <source>How the applicant withdrew it: written request № and date, e-gov cabinet…</source>
        <translation>Өтініш беруші қалай кері қайтарды: жазбаша өтініш № және күні, e-gov кабинеті…</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Кері қайтарылған күні</translation>
    </message>
    <message>
        <source>Applicant&apos;s request</source>
        <translation>Өтініш берушінің өтініші</translation>
    </message>
    <message>
        <source>Cancel the decision on {number}</source>
        <translation>{number} бойынша шешімнің күшін жою</translation>
    </message>
    <message>
        <source>Cancel the decision</source>
        <translation>Шешімнің күшін жою</translation>
    </message>
    <message>
        <source>Why: the contract&apos;s term passed unsigned on …, or the applicant&apos;s refusal № … of …</source>
        <translation>Себебі: шартқа … дейін қол қойылмады немесе өтініш берушінің … жылғы № … бас тартуы</translation>
    </message>
    <message>
        <source>The approval is cancelled because the contract was not signed (Art. 44-2 p.16); the parcel becomes free again.</source>
        <translation>Шартқа қол қойылмағандықтан шешімнің күші жойылады (44-2-бап 16-т.); учаске қайтадан бос болады.</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>Reason in Russian</source>
        <translation>Орыс тіліндегі себебі</translation>
    </message>
    <message>
        <source>Reason in Kazakh</source>
        <translation>Қазақ тіліндегі себебі</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <source>Send your changes to the registry and bring back others&apos;</source>
        <translation>Өзгерістеріңізді тізілімге жіберу және басқалардың өзгерістерін алу</translation>
    </message>
    <message>
        <source>Synced: sent {sent}, received {received}.</source>
        <translation>Синхрондалды: жіберілді {sent}, алынды {received}.</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {count}.</source>
        <translation>Шешілетін қайшылықтар: {count}.</translation>
    </message>
    <message>
        <source>Decisions this cache had lost, restored from the registry: {count}.</source>
        <translation>Кэште жоғалған, тізілімнен қалпына келтірілген шешімдер: {count}.</translation>
    </message>
    <message>
        <source>Conflict resolved ({resolution}); it goes to the registry at the next sync.</source>
        <translation>Қайшылық шешілді ({resolution}); нәтиже келесі синхрондауда тізілімге кетеді.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Send your changes to the registry and bring back others&apos; (F9)</source>
        <translation>Өзгерістеріңізді тізілімге жіберу және басқалардың өзгерістерін алу (F9)</translation>
    </message>
    <message>
        <source>Stop the sync; nothing is lost, the rest goes next time</source>
        <translation>Синхрондауды тоқтату; ештеңе жоғалмайды, қалғаны келесі жолы кетеді</translation>
    </message>
    <message>
        <source>Not linked to a registry</source>
        <translation>Тізілімге байланбаған</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Желіде</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Желіден тыс</translation>
    </message>
    <message>
        <source>… Checking</source>
        <translation>… Тексерілуде</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <source>{count} to send</source>
        <translation>жіберуге: {count}</translation>
    </message>
    <message>
        <source>last sync {time}</source>
        <translation>соңғы синхрондау {time}</translation>
    </message>
    <message>
        <source>conflicts: {count}</source>
        <translation>қайшылықтар: {count}</translation>
    </message>
    <message>
        <source>held back: {count}</source>
        <translation>ұстап қалынды: {count}</translation>
    </message>
    <message>
        <source>Registry {registry} as {user}</source>
        <translation>Тізілім {registry}, пайдаланушы {user}</translation>
    </message>
    <message>
        <source>This cache is not linked to a registry, so there is nothing to sync it with.</source>
        <translation>Бұл кэш тізілімге байланбаған, оны синхрондайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Clone your district from the registry (File → Clone district…, or landdesk clone URL --district CODE --out PATH) and work in that cache; the demo district stays on this computer.</source>
        <translation>Ауданыңызды тізілімнен клондаңыз (Файл → Ауданды клондау… немесе landdesk clone URL --district CODE --out PATH) және сол кэште жұмыс істеңіз; демо аудан осы компьютерде қалады.</translation>
    </message>
    <message>
        <source>Password of {user} at {registry}:</source>
        <translation>{registry} тізіліміндегі {user} құпиясөзі:</translation>
    </message>
    <message>
        <source>Building the demo district (50,000 parcels)…</source>
        <translation>Демо аудан жасалуда (50 000 учаске)…</translation>
    </message>
    <message>
        <source>language «{value}»: use one of kk, ru, en, or leave it empty</source>
        <translation>«{value}» тілі: kk, ru, en біреуін көрсетіңіз немесе бос қалдырыңыз</translation>
    </message>
    <message>
        <source>registry address «{value}»: it starts with http:// or https://</source>
        <translation>«{value}» тізілім мекенжайы: ол http:// немесе https:// басталады</translation>
    </message>
    <message>
        <source>display CRS «{value}»: write it as EPSG:4326, or leave it empty</source>
        <translation>«{value}» координаттар жүйесі: EPSG:4326 түрінде жазыңыз немесе бос қалдырыңыз</translation>
    </message>
    <message>
        <source>parcel style «{value}»: use one of {allowed}</source>
        <translation>«{value}» учаске стилі: {allowed} біреуін пайдаланыңыз</translation>
    </message>
    <message>
        <source>units «{area}»/«{length}»: use m2 or ha, and m or km</source>
        <translation>«{area}»/«{length}» бірліктері: m2 немесе ha, және m немесе km</translation>
    </message>
    <message>
        <source>officer role «{value}»: use officer or head</source>
        <translation>қызметкер рөлі «{value}»: officer немесе head қолданыңыз</translation>
    </message>
    <message>
        <source>The settings file could not be read ({error}); it was kept as {kept} and the defaults are used. Set your language and registry again in Settings.</source>
        <translation>Баптаулар файлын оқу мүмкін болмады ({error}); ол {kept} ретінде сақталды және әдепкі мәндер қолданылады. Тіл мен тізілімді баптауларда қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>Interface language, registry, district, coordinates, units</source>
        <translation>Интерфейс тілі, тізілім, аудан, координаттар, бірліктер</translation>
    </message>
    <message>
        <source>&amp;Clone district…</source>
        <translation>Ауданды &amp;клондау…</translation>
    </message>
    <message>
        <source>Make a new cache of a district from the registry and open it</source>
        <translation>Тізілімнен ауданның жаңа кэшін жасап, оны ашу</translation>
    </message>
    <message>
        <source>The display CRS {crs} is not known; coordinates are shown in the district&apos;s CRS and WGS 84. Choose another in Settings.</source>
        <translation>{crs} координаттар жүйесі белгісіз; координаттар аудан жүйесінде және WGS 84-те көрсетіледі. Баптауларда басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>{lon}° E  {lat}° N</source>
        <translation>{lon}° ш. б.  {lat}° с. е.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <source>region-district code, for example 19-245</source>
        <translation>облыс-аудан коды, мысалы 19-245</translation>
    </message>
    <message>
        <source>The district&apos;s own CRS</source>
        <translation>Ауданның координаттар жүйесі</translation>
    </message>
    <message>
        <source>WGS 84 degrees (EPSG:4326)</source>
        <translation>WGS 84 градустары (EPSG:4326)</translation>
    </message>
    <message>
        <source>Coordinates in the status bar; type another code as EPSG:28412</source>
        <translation>Күй жолағындағы координаттар; басқа кодты EPSG:28412 түрінде енгізіңіз</translation>
    </message>
    <message>
        <source>square metres (m²)</source>
        <translation>шаршы метр (м²)</translation>
    </message>
    <message>
        <source>hectares (ha)</source>
        <translation>гектар (га)</translation>
    </message>
    <message>
        <source>metres (m)</source>
        <translation>метр (м)</translation>
    </message>
    <message>
        <source>kilometres (km)</source>
        <translation>километр (км)</translation>
    </message>
    <message>
        <source>Surname, name and patronymic, as on the act</source>
        <translation>Тегі, аты және әкесінің аты, актідегідей</translation>
    </message>
    <message>
        <source>Head of the land department</source>
        <translation>Жер қатынастары бөлімінің басшысы</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Толық аты-жөніңіз</translation>
    </message>
    <message>
        <source>Position (Russian)</source>
        <translation>Лауазымы (орысша)</translation>
    </message>
    <message>
        <source>Position (Kazakh)</source>
        <translation>Лауазымы (қазақша)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>Тізілім мекенжайы</translation>
    </message>
    <message>
        <source>Registry user</source>
        <translation>Тізілім пайдаланушысы</translation>
    </message>
    <message>
        <source>Coordinates shown in</source>
        <translation>Координаттарды көрсету</translation>
    </message>
    <message>
        <source>Parcels coloured by</source>
        <translation>Учаскелерді бояу</translation>
    </message>
    <message>
        <source>Areas in</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <source>Lengths in</source>
        <translation>Ұзындықтар</translation>
    </message>
    <message>
        <source>The window reopens on the same cache to apply the language, units and styles; nothing is lost.</source>
        <translation>Тілді, бірліктерді және стильдерді қолдану үшін терезе сол кэште қайта ашылады; ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Clone a district from the registry</source>
        <translation>Ауданды тізілімнен клондау</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Save the cache as</source>
        <translation>Кэшті былай сақтау</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Клондау</translation>
    </message>
    <message>
        <source>Fill in the registry address (http:// or https://), user, password, district and file.</source>
        <translation>Тізілім мекенжайын (http:// немесе https://), пайдаланушыны, құпиясөзді, ауданды және файлды толтырыңыз.</translation>
    </message>
    <message>
        <source>Welcome to LandDesk</source>
        <translation>LandDesk-ке қош келдіңіз</translation>
    </message>
    <message>
        <source>The land officer&apos;s workstation: parcels, plans and applications for land plots, working offline and syncing with the registry. To begin, open your district&apos;s cache, clone it from the registry, or try the demo district.</source>
        <translation>Жер қатынастары маманының жұмыс орны: жер учаскелері, жоспарлар және өтініштер, желісіз жұмыс және тізіліммен синхрондау. Бастау үшін ауданыңыздың кэшін ашыңыз, оны тізілімнен клондаңыз немесе демо ауданды байқап көріңіз.</translation>
    </message>
    <message>
        <source>Open a cache…</source>
        <translation>Кэшті ашу…</translation>
    </message>
    <message>
        <source>Clone a district from the registry…</source>
        <translation>Ауданды тізілімнен клондау…</translation>
    </message>
    <message>
        <source>Open the demo district</source>
        <translation>Демо ауданды ашу</translation>
    </message>
    <message>
        <source>A made-up district of 50,000 parcels with plans and applications, built on this computer (about half a minute the first time)</source>
        <translation>Жоспарлары мен өтініштері бар 50 000 учаскелік ойдан шығарылған аудан, осы компьютерде жасалады (алғаш рет шамамен жарты минут)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <source>No cache has been opened on this computer yet.</source>
        <translation>Бұл компьютерде әлі бірде-бір кэш ашылған жоқ.</translation>
    </message>
    <message>
        <source>Recent caches</source>
        <translation>Соңғы кэштер</translation>
    </message>
    <message>
        <source>zone {code}</source>
        <translation>{code} аймағы</translation>
    </message>
    <message>
        <source>red line {street}</source>
        <translation>{street} қызыл сызығы</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>жоспар</translation>
    </message>
    <message>
        <source>Geometry is valid</source>
        <translation>Геометрия дұрыс</translation>
    </message>
    <message>
        <source>the zone has no geometry</source>
        <translation>аймақтың геометриясы жоқ</translation>
    </message>
    <message>
        <source>the outline is not a valid polygon: {reason}</source>
        <translation>контур жарамсыз көпбұрыш: {reason}</translation>
    </message>
    <message>
        <source>the red line has no length</source>
        <translation>қызыл сызықтың ұзындығы нөлге тең</translation>
    </message>
    <message>
        <source>Coordinates are in the district&apos;s CRS and inside the district</source>
        <translation>Координаттар аудан жүйесінде және аудан ішінде</translation>
    </message>
    <message>
        <source>the district boundary is missing, so the plan&apos;s position cannot be checked</source>
        <translation>аудан шекарасы жоқ, сондықтан жоспардың орнын тексеру мүмкін емес</translation>
    </message>
    <message>
        <source> (the coordinates look like degrees: the file&apos;s CRS was probably not declared)</source>
        <translation> (координаттар градусқа ұқсайды: файлда координаттар жүйесі көрсетілмеген болуы мүмкін)</translation>
    </message>
    <message>
        <source> (far from the district: another CRS or zone, or swapped X and Y)</source>
        <translation> (ауданнан алыс: басқа координаттар жүйесі немесе аймақ, не X пен Y ауысқан)</translation>
    </message>
    <message>
        <source>lies outside the district by {size:,.1f} m²{hint}</source>
        <translation>аудан шегінен {size:,.1f} м² шығып тұр{hint}</translation>
    </message>
    <message>
        <source>lies outside the district by {size:,.1f} m{hint}</source>
        <translation>аудан шегінен {size:,.1f} м шығып тұр{hint}</translation>
    </message>
    <message>
        <source>Zones of one plan do not overlap</source>
        <translation>Бір жоспардың аймақтары қабаттаспайды</translation>
    </message>
    <message>
        <source>overlaps {other} by {area:,.1f} m² (tolerance {tolerance:g} m²)</source>
        <translation>{other} аймағымен {area:,.1f} м² қабаттасады (рұқсат {tolerance:g} м²)</translation>
    </message>
    <message>
        <source>No gaps between zones inside the plan&apos;s boundary</source>
        <translation>Жоспар шекарасы ішінде аймақтар арасында саңылау жоқ</translation>
    </message>
    <message>
        <source>{area:,.1f} m² inside the plan&apos;s boundary belong to no zone (near X {x:,.0f} Y {y:,.0f})</source>
        <translation>Жоспар шекарасы ішіндегі {area:,.1f} м² ешбір аймаққа кірмейді (X {x:,.0f} Y {y:,.0f} маңында)</translation>
    </message>
    <message>
        <source>Zones stay inside the plan&apos;s boundary</source>
        <translation>Аймақтар жоспар шекарасынан шықпайды</translation>
    </message>
    <message>
        <source>reaches {area:,.1f} m² beyond the plan&apos;s boundary</source>
        <translation>жоспар шекарасынан {area:,.1f} м² шығып тұр</translation>
    </message>
    <message>
        <source>Every zone has a zone type and at least one permitted purpose</source>
        <translation>Әр аймақтың түрі және кемінде бір рұқсат етілген мақсаты бар</translation>
    </message>
    <message>
        <source>has no zone type and no permitted purposes: applications in it cannot be checked</source>
        <translation>аймақ түрі де, рұқсат етілген мақсаттары да жоқ: ондағы өтініштерді тексеру мүмкін емес</translation>
    </message>
    <message>
        <source>has no zone type: applications in it cannot be checked</source>
        <translation>аймақ түрі жоқ: ондағы өтініштерді тексеру мүмкін емес</translation>
    </message>
    <message>
        <source>has no permitted purposes: applications in it cannot be checked</source>
        <translation>рұқсат етілген мақсаттары жоқ: ондағы өтініштерді тексеру мүмкін емес</translation>
    </message>
    <message>
        <source>Red lines are continuous</source>
        <translation>Қызыл сызықтар үздіксіз</translation>
    </message>
    <message>
        <source>ends {gap:,.2f} m short of the next red line: the line is broken there</source>
        <translation>келесі қызыл сызыққа {gap:,.2f} м жетпей үзіледі: мұнда үзіліс бар</translation>
    </message>
    <message>
        <source>Red lines do not cut through registered parcels</source>
        <translation>Қызыл сызықтар тіркелген учаскелерді қиып өтпейді</translation>
    </message>
    <message>
        <source>runs {length:,.1f} m through registered parcel {number}</source>
        <translation>тіркелген {number} учаскесі арқылы {length:,.1f} м өтеді</translation>
    </message>
    <message>
        <source>Zones do not contradict registered parcels&apos; purposes</source>
        <translation>Аймақтар тіркелген учаскелердің мақсатына қайшы келмейді</translation>
    </message>
    <message>
        <source>does not permit {purposes}, the purpose of registered parcels in it ({count}: {numbers})</source>
        <translation>ондағы тіркелген учаскелердің мақсатына рұқсат етпейді: «{purposes}» ({count}: {numbers})</translation>
    </message>
    <message>
        <source>An approved plan has its approval act number and date</source>
        <translation>Бекітілген жоспардың бекіту актісінің нөмірі мен күні бар</translation>
    </message>
    <message>
        <source>is marked approved but has no approval act number and no act date: pre-checks cannot cite it</source>
        <translation>бекітілген деп белгіленген, бірақ бекіту актісінің нөмірі мен күні жоқ: тексерулер оған сілтеме жасай алмайды</translation>
    </message>
    <message>
        <source>is marked approved but has no approval act number: pre-checks cannot cite it</source>
        <translation>бекітілген деп белгіленген, бірақ бекіту актісінің нөмірі жоқ: тексерулер оған сілтеме жасай алмайды</translation>
    </message>
    <message>
        <source>is marked approved but has no approval act date: pre-checks cannot cite it</source>
        <translation>бекітілген деп белгіленген, бірақ бекіту актісінің күні жоқ: тексерулер оған сілтеме жасай алмайды</translation>
    </message>
    <message>
        <source>region</source>
        <translation>облыс</translation>
    </message>
    <message>
        <source>district</source>
        <translation>аудан</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>орам</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>учаске</translation>
    </message>
    <message>
        <source>the {part} part must be digits</source>
        <translation>«{part}» бөлігі цифрлардан тұруы керек</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>ол бос</translation>
    </message>
    <message>
        <source>it has {count} digits, a plot number has 11 or 12</source>
        <translation>онда {count} цифр, ал учаске нөмірінде 11 немесе 12</translation>
    </message>
    <message>
        <source>it must be exactly 12 digits</source>
        <translation>дәл 12 цифр болуы керек</translation>
    </message>
    <message>
        <source>the check digit does not match</source>
        <translation>бақылау цифры сәйкес келмейді</translation>
    </message>
    <message>
        <source>the first six digits are not a birth date</source>
        <translation>алғашқы алты цифр туған күн емес</translation>
    </message>
    <message>
        <source>there is no such feature in {layer}</source>
        <translation>«{layer}» қабатында мұндай нысан жоқ</translation>
    </message>
    <message>
        <source>Select the feature again.</source>
        <translation>Нысанды қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>{layer} have no field {fields}</source>
        <translation>«{layer}» қабатында {fields} өрісі жоқ</translation>
    </message>
    <message>
        <source>Check the field names.</source>
        <translation>Өріс атауларын тексеріңіз.</translation>
    </message>
    <message>
        <source>new {layer} are not drawn on the map</source>
        <translation>«{layer}» қабатының жаңа нысандары картада салынбайды</translation>
    </message>
    <message>
        <source>Draw plan zones and red lines; parcels come from surveys (File → Import).</source>
        <translation>Жоспар аймақтары мен қызыл сызықтарды салыңыз; учаскелер түсірілімнен келеді (Файл → Импорттау).</translation>
    </message>
    <message>
        <source>{layer} cannot be split here</source>
        <translation>«{layer}» қабатының нысандары мұнда бөлінбейді</translation>
    </message>
    <message>
        <source>Split plan zones; a parcel&apos;s division gets its new cadastral numbers through GosCorp.</source>
        <translation>Жоспар аймақтарын бөліңіз; учаскені бөлу жаңа кадастрлық нөмірлерді Мемлекеттік корпорация арқылы алады.</translation>
    </message>
    <message>
        <source>{layer} cannot be edited on the map</source>
        <translation>«{layer}» қабатын картада түзетуге болмайды</translation>
    </message>
    <message>
        <source>Edit one of: {layers}.</source>
        <translation>Мына қабаттардың бірін түзетіңіз: {layers}.</translation>
    </message>
    <message>
        <source>a red line is a line</source>
        <translation>қызыл сызық — бұл сызық</translation>
    </message>
    <message>
        <source>Draw it with at least two points.</source>
        <translation>Оны кемінде екі нүктемен салыңыз.</translation>
    </message>
    <message>
        <source>the feature would have no geometry</source>
        <translation>нысанның геометриясы қалмайды</translation>
    </message>
    <message>
        <source>the geometry would be invalid ({why})</source>
        <translation>геометрия жарамсыз болады ({why})</translation>
    </message>
    <message>
        <source>Correct the outline so that it does not cross itself.</source>
        <translation>Контур өзін-өзі қимайтындай етіп түзетіңіз.</translation>
    </message>
    <message>
        <source>«{value}» is not a zone type</source>
        <translation>«{value}» — аймақ түрі емес</translation>
    </message>
    <message>
        <source>Choose one of: {types}.</source>
        <translation>Мына түрлердің бірін таңдаңыз: {types}.</translation>
    </message>
    <message>
        <source>the permitted purposes are not a list</source>
        <translation>рұқсат етілген мақсаттар тізім емес</translation>
    </message>
    <message>
        <source>Choose them from the list.</source>
        <translation>Оларды тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>unknown permitted purposes: {purposes}</source>
        <translation>белгісіз рұқсат етілген мақсаттар: {purposes}</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл тек оқуға арналған</translation>
    </message>
    <message>
        <source>it is a SQLite database, but not a LandDesk cache</source>
        <translation>бұл SQLite дерекқоры, бірақ LandDesk кэші емес</translation>
    </message>
    <message>
        <source>its creation never finished</source>
        <translation>оны жасау аяқталмаған</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>бұл қалта</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation>файл SQLite дерекқоры емес</translation>
    </message>
    <message>
        <source>the file is truncated ({size:,} bytes of {expected:,}); it was probably copied or downloaded incompletely</source>
        <translation>файл қысқартылған ({expected:,} байттың {size:,} байты); ол толық көшірілмеген немесе жүктелмеген болуы мүмкін</translation>
    </message>
    <message>
        <source>the spatial index of {table} does not match its rows</source>
        <translation>{table} қабатының кеңістіктік индексі оның жолдарына сәйкес келмейді</translation>
    </message>
    <message>
        <source>decision {uid} (district chain position {position}) is missing from this cache</source>
        <translation>{uid} шешімі (аудан тізбегіндегі орны {position}) бұл кэште жоқ</translation>
    </message>
    <message>
        <source>decision {seq} ({uid}, district chain position {position}) was changed: its content is not what the registry accepted</source>
        <translation>{seq} шешімі ({uid}, аудан тізбегіндегі орны {position}) өзгертілген: оның мазмұны тізілім қабылдаған мазмұн емес</translation>
    </message>
    <message>
        <source>decision {seq} ({uid}) is marked as accepted by the registry, but the registry never had it</source>
        <translation>{seq} шешімі ({uid}) тізілім қабылдаған деп белгіленген, бірақ тізілімде ол ешқашан болмаған</translation>
    </message>
    <message>
        <source>decision {seq} ({uid}) was added behind LandDesk&apos;s back: the registry never had it and no operation recorded it</source>
        <translation>{seq} шешімі ({uid}) LandDesk-тен жасырын қосылған: тізілімде ол болмаған және оны ешбір операция тіркемеген</translation>
    </message>
    <message>
        <source>this cache&apos;s record of the registry&apos;s chain was altered at district chain position {position}</source>
        <translation>бұл кэштегі тізілім тізбегінің жазбасы аудан тізбегінің {position} орнында өзгертілген</translation>
    </message>
    <message>
        <source>the registry holds {count} decisions of the district, but this cache had checked {position} of them with it</source>
        <translation>тізілімде ауданның {count} шешімі бар, ал бұл кэш онымен {position} шешімді тексерген болатын</translation>
    </message>
    <message>
        <source>the registry&apos;s own chain does not add up at district chain position {position}</source>
        <translation>тізілімнің өз тізбегі аудан тізбегінің {position} орнында сәйкес келмейді</translation>
    </message>
    <message>
        <source>The application was not registered: {problems}.</source>
        <translation>Өтініш тіркелмеді: {problems}.</translation>
    </message>
    <message>
        <source>Correct the fields named and register it again; nothing was saved.</source>
        <translation>Аталған өрістерді түзетіп, қайта тіркеңіз; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>it must be a JSON object</source>
        <translation>ол JSON нысаны болуы керек</translation>
    </message>
    <message>
        <source>LandDesk gives the number at registration; remove it</source>
        <translation>нөмірді LandDesk тіркеу кезінде береді; оны алып тастаңыз</translation>
    </message>
    <message>
        <source>an object with the applicant&apos;s name and IIN or BIN is required</source>
        <translation>өтініш берушінің аты және ЖСН немесе БСН көрсетілген нысан қажет</translation>
    </message>
    <message>
        <source>the number {iin} is {kind}&apos;s</source>
        <translation>{iin} нөмірі {kind} нөмірі</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>жеке тұлғаның</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>ұйымның</translation>
    </message>
    <message>
        <source>state land is not a right that can be granted</source>
        <translation>мемлекеттік жер берілетін құқық емес</translation>
    </message>
    <message>
        <source>a free grant cannot be {right}</source>
        <translation>тегін беру {right} бола алмайды</translation>
    </message>
    <message>
        <source>«{value}» is not a cadastral number</source>
        <translation>«{value}» кадастрлық нөмір емес</translation>
    </message>
    <message>
        <source>draw the plot or give its parcel&apos;s cadastral number</source>
        <translation>учаскені сызыңыз немесе оның кадастрлық нөмірін көрсетіңіз</translation>
    </message>
    <message>
        <source>a term is only for a lease or temporary use, not {right}</source>
        <translation>мерзім тек жалға немесе уақытша пайдалануға беріледі, {right} үшін емес</translation>
    </message>
    <message>
        <source>it is required</source>
        <translation>мәні міндетті</translation>
    </message>
    <message>
        <source>it must be a list of document names</source>
        <translation>ол құжат атауларының тізімі болуы керек</translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation>ол true немесе false болуы керек</translation>
    </message>
    <message>
        <source>«{value}» is not one of {allowed}</source>
        <translation>«{value}» мына мәндердің бірі емес: {allowed}</translation>
    </message>
    <message>
        <source>it must be a number</source>
        <translation>сан болуы керек</translation>
    </message>
    <message>
        <source>{value} is outside 0 to {limit}</source>
        <translation>{value} мәні 0 мен {limit} аралығынан тыс</translation>
    </message>
    <message>
        <source>it must be a whole number from {low} to {high}</source>
        <translation>ол {low}-ден {high}-ге дейінгі бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>«{value}» is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» күн емес (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} әлі келмеген күн</translation>
    </message>
    <message>
        <source>the applicant&apos;s IIN (a person) or BIN (an organisation) is required</source>
        <translation>өтініш берушінің ЖСН (жеке тұлға) немесе БСН (ұйым) қажет</translation>
    </message>
    <message>
        <source>it is not a valid IIN/BIN</source>
        <translation>бұл жарамды ЖСН/БСН емес</translation>
    </message>
    <message>
        <source>«{value}» is not a CRS like EPSG:32643</source>
        <translation>«{value}» EPSG:32643 сияқты координаттар жүйесі емес</translation>
    </message>
    <message>
        <source>it is not a GeoJSON polygon</source>
        <translation>бұл GeoJSON көпбұрышы емес</translation>
    </message>
    <message>
        <source>it is a {kind}, not a polygon</source>
        <translation>бұл көпбұрыш емес, {kind}</translation>
    </message>
    <message>
        <source>a coordinate is not a finite number</source>
        <translation>координаттардың бірі шектеулі сан емес</translation>
    </message>
    <message>
        <source>the boundary is not valid ({why})</source>
        <translation>шекара жарамсыз ({why})</translation>
    </message>
    <message>
        <source>{stated} m² is stated, but the plot drawn is {drawn} m²</source>
        <translation>{stated} м² көрсетілген, ал сызылған учаске {drawn} м²</translation>
    </message>
    <message>
        <source>it must be a finite number, not {value}</source>
        <translation>{value} емес, шектеулі сан болуы керек</translation>
    </message>
    <message>
        <source>it must be a whole number</source>
        <translation>бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>it must be 0 or 1</source>
        <translation>тек 0 немесе 1 болуы керек</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>сан тым үлкен</translation>
    </message>
    <message>
        <source>it must be text</source>
        <translation>мәтін болуы керек</translation>
    </message>
    <message>
        <source>it is longer than {limit} characters</source>
        <translation>{limit} таңбадан ұзын</translation>
    </message>
    <message>
        <source>it must be a JSON list</source>
        <translation>JSON тізімі болуы керек</translation>
    </message>
    <message>
        <source>«{value}» is not one of the allowed codes</source>
        <translation>«{value}» рұқсат етілген кодтардың бірі емес</translation>
    </message>
    <message>
        <source>«{value}» is not a cadastral number RR-DDD-QQQ-NNN</source>
        <translation>«{value}» — RR-DDD-QQQ-NNN түріндегі кадастрлық нөмір емес</translation>
    </message>
    <message>
        <source>«{value}» is not a valid IIN/BIN</source>
        <translation>«{value}» — жарамсыз ЖСН/БСН</translation>
    </message>
    <message>
        <source>this table holds no geometry</source>
        <translation>бұл кестеде геометрия болмайды</translation>
    </message>
    <message>
        <source>a boundary is required</source>
        <translation>шекара міндетті</translation>
    </message>
    <message>
        <source>the geometry is larger than {limit} bytes</source>
        <translation>геометрия {limit} байттан үлкен</translation>
    </message>
    <message>
        <source>the geometry cannot be read (it is not WKB)</source>
        <translation>геометрияны оқу мүмкін емес (ол WKB емес)</translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation>геометрия бос</translation>
    </message>
    <message>
        <source>it is a {found}, this layer holds {wanted}</source>
        <translation>бұл {found}, ал қабатта {wanted} сақталады</translation>
    </message>
    <message>
        <source>it has heights (Z or M); LandDesk keeps plan coordinates only</source>
        <translation>онда биіктіктер бар (Z немесе M); LandDesk тек жоспарлық координаттарды сақтайды</translation>
    </message>
    <message>
        <source>it has {count} vertices, more than the limit of {limit}</source>
        <translation>онда {count} төбе бар, бұл {limit} шегінен көп</translation>
    </message>
    <message>
        <source>it has coordinates that are not finite numbers</source>
        <translation>онда шектеулі сан емес координаттар бар</translation>
    </message>
    <message>
        <source>the boundary is not valid ({reason})</source>
        <translation>шекара жарамсыз ({reason})</translation>
    </message>
    <message>
        <source>it lies {distance} km from the district: the coordinates are not in the district&apos;s CRS</source>
        <translation>ол ауданнан {distance} км қашықта жатыр: координаттар ауданның координаттар жүйесінде емес</translation>
    </message>
    <message>
        <source>{tbl} is not a table the registry keeps</source>
        <translation>{tbl} — тізілім жүргізетін кесте емес</translation>
    </message>
    <message>
        <source>{tbl} has no field {field}</source>
        <translation>{tbl} кестесінде {field} өрісі жоқ</translation>
    </message>
    <message>
        <source>it may not be empty</source>
        <translation>мәні бос болмауы керек</translation>
    </message>
    <message>
        <source>waiting for its {parent} {parent_uid}, which has not arrived yet</source>
        <translation>негізгі жазбасын ({parent} {parent_uid}) күтуде, ол әлі келген жоқ</translation>
    </message>
    <message>
        <source>the registry sent it in a form LandDesk cannot read ({error})</source>
        <translation>тізілім оны LandDesk оқи алмайтын түрде жіберді ({error})</translation>
    </message>
    <message>
        <source>the cache cannot store it ({error})</source>
        <translation>кэш оны сақтай алмайды ({error})</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>учаске</translation>
    </message>
    <message>
        <source>application</source>
        <translation>өтініш</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>елді мекен</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>карантинде</translation>
    </message>
    <message>
        <source>waiting for its parent</source>
        <translation>негізгі жазбасын күтуде</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <source>There is no application {number} in this cache.</source>
        <translation>Бұл кэште {number} өтініші жоқ.</translation>
    </message>
    <message>
        <source>Check the number (YYYY-NNNN) or sync to bring new applications.</source>
        <translation>Нөмірді тексеріңіз (ЖЖЖЖ-NNNN) немесе жаңа өтініштерді алу үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>there is no parcel {number} in this district</source>
        <translation>бұл ауданда {number} учаскесі жоқ</translation>
    </message>
    <message>
        <source>«{value}» is not a CRS LandDesk knows</source>
        <translation>«{value}» — LandDesk білмейтін координаттар жүйесі</translation>
    </message>
    <message>
        <source>the boundary is not valid in the district&apos;s CRS</source>
        <translation>шекара ауданның координаттар жүйесінде жарамсыз</translation>
    </message>
    <message>
        <source>recording a step</source>
        <translation>қадамды тіркеу</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>мақұлдау</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>бас тарту</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>күшін жою</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>кері қайтарып алу</translation>
    </message>
    <message>
        <source>Application {number}: {action} is not allowed now: {reason}.</source>
        <translation>{number} өтініші: {action} әрекетіне қазір рұқсат жоқ: {reason}.</translation>
    </message>
    <message>
        <source>nothing is open</source>
        <translation>ашық қадам жоқ</translation>
    </message>
    <message>
        <source>{code} «{title}»{body}, due {due}</source>
        <translation>{code} «{title}»{body}, мерзімі {due}</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>тағы {count}</translation>
    </message>
    <message>
        <source>it waits for {steps}</source>
        <translation>күтілуде: {steps}</translation>
    </message>
    <message>
        <source>track {track} has no such action</source>
        <translation>{track} тәртібінде мұндай әрекет жоқ</translation>
    </message>
    <message>
        <source>the application is «{status}»; {action} is taken at {states}</source>
        <translation>өтініш «{status}» кезеңінде; {action} мына кезеңде жасалады: {states}</translation>
    </message>
    <message>
        <source>the role «{role}» cannot; it is for {roles}</source>
        <translation>«{role}» рөлінде бұған рұқсат жоқ; бұл {roles} үшін</translation>
    </message>
    <message>
        <source>{code}{body}</source>
        <translation>{code}{body}</translation>
    </message>
    <message>
        <source>a negative conclusion is on record ({steps}); the procedure leads to a motivated refusal, and only the head of the land department can approve over it, with a recorded override</source>
        <translation>теріс қорытынды тіркелген ({steps}); рәсім дәлелді бас тартуға әкеледі, оған қарамастан тек жер қатынастары бөлімінің басшысы ғана, негіздемесін жазып, мақұлдай алады</translation>
    </message>
    <message>
        <source>a negative conclusion is on record ({steps}); refuse with its grounds</source>
        <translation>теріс қорытынды тіркелген ({steps}); оның негіздемесімен бас тартыңыз</translation>
    </message>
    <message>
        <source>no step is open before the decision; approve or refuse</source>
        <translation>шешімге дейін ашық қадам жоқ; мақұлдаңыз немесе бас тартыңыз</translation>
    </message>
    <message>
        <source>every step after the decision is done</source>
        <translation>шешімнен кейінгі барлық қадамдар орындалды</translation>
    </message>
    <message>
        <source>the application is «{status}»</source>
        <translation>өтініш «{status}» күйінде</translation>
    </message>
    <message>
        <source>the decision has no contract step</source>
        <translation>шешімде шарт жасасу қадамы жоқ</translation>
    </message>
    <message>
        <source>the contract was signed</source>
        <translation>шартқа қол қойылды</translation>
    </message>
    <message>
        <source>the contract may be signed until {due}; a decision is cancelled only when that term has passed or the applicant refused to sign</source>
        <translation>шартқа {due} дейін қол қоюға болады; шешім тек сол мерзім өткенде немесе өтініш беруші қол қоюдан бас тартқанда ғана жойылады</translation>
    </message>
    <message>
        <source>Refuse on the grounds the negative conclusion gives, or ask the head to record an override.</source>
        <translation>Теріс қорытындының негіздемесімен бас тартыңыз немесе басшыдан негіздемені жазуын сұраңыз.</translation>
    </message>
    <message>
        <source>Record those steps first (landdesk step … or the Steps panel).</source>
        <translation>Алдымен сол қадамдарды тіркеңіз (landdesk step … немесе «Қадамдар» тақтасы).</translation>
    </message>
    <message>
        <source>Record the contract when it is signed; cancel only after its term.</source>
        <translation>Шартқа қол қойылғанда оны тіркеңіз; тек мерзімі өткен соң жойыңыз.</translation>
    </message>
    <message>
        <source>Actions the procedure permits now: {actions}.</source>
        <translation>Рәсім қазір рұқсат ететін әрекеттер: {actions}.</translation>
    </message>
    <message>
        <source>a negative outcome has no reasons</source>
        <translation>теріс нәтиженің себептері көрсетілмеген</translation>
    </message>
    <message>
        <source>Give the reasons (--reasons); the refusal will have to cite them.</source>
        <translation>Себептерін көрсетіңіз (--reasons); бас тарту оларға сілтеме жасауы тиіс.</translation>
    </message>
    <message>
        <source>{code} is the decision itself</source>
        <translation>{code} — шешімнің өзі</translation>
    </message>
    <message>
        <source>Approve or refuse (landdesk decide).</source>
        <translation>Мақұлдаңыз немесе бас тартыңыз (landdesk decide).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>step {code} is not open (open steps: {open})</source>
        <translation>{code} қадамы ашық емес (ашық қадамдар: {open})</translation>
    </message>
    <message>
        <source>Record one of the open steps.</source>
        <translation>Ашық қадамдардың бірін тіркеңіз.</translation>
    </message>
    <message>
        <source>step {code} is answered by several bodies ({bodies})</source>
        <translation>{code} қадамына бірнеше орган жауап береді ({bodies})</translation>
    </message>
    <message>
        <source>Name the body (--body).</source>
        <translation>Органды атаңыз (--body).</translation>
    </message>
    <message>
        <source>the text is valid UTF-8</source>
        <translation>мәтін дұрыс UTF-8 болып табылады</translation>
    </message>
    <message>
        <source>it is not UTF-8, and {encoding} reads it as Russian or Kazakh text best (score {score:.0f}; {others})</source>
        <translation>бұл UTF-8 емес, ал {encoding} оны орыс немесе қазақ мәтіні ретінде ең жақсы оқиды (бағасы {score:.0f}; {others})</translation>
    </message>
    <message>
        <source>«{value}» is not a period.</source>
        <translation>«{value}» кезең емес.</translation>
    </message>
    <message>
        <source>Give a quarter as 2026Q4 or a month as 2026-11.</source>
        <translation>Тоқсанды 2026Q4 түрінде немесе айды 2026-11 түрінде көрсетіңіз.</translation>
    </message>
</context>
</TS>
