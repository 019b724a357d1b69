// Short made-up pages in the scripts and languages people paste, cleaned by
// the worker's warm-up beside the sample articles (see `warmUp` in
// worker.js). The samples are English; a first paste in German, Russian or
// Chinese would otherwise run code the warm-up never ran (other stoplists,
// the measure of chars beyond ASCII, the lexicon of other scripts) before
// the engine has optimised it. One text a language, as a paste is: the
// language is told per text. All of it is invented (one story told in each
// language); none of it comes from a real page.

export default [
  `Startseite | Politik | Wirtschaft | Kultur | Sport
Anmelden

Die Stadt hat am Donnerstag beschlossen, den alten Bahnhof in ein Kulturzentrum umzubauen. Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, sagte die Bürgermeisterin nach der Sitzung des Gemeinderats.

Für die Anwohner ändert sich zunächst wenig, denn der Verkehr wird über die Nebenstraßen geführt. Größere Einschränkungen erwartet die Verwaltung erst im Sommer.

Teilen auf Facebook
Das könnte Sie auch interessieren
© 2024 Talbacher Bote. Alle Rechte vorbehalten.`,
  `Accueil › Actualités › Société

Le conseil municipal a voté jeudi soir la rénovation de l'ancienne gare, qui deviendra un centre culturel ouvert à tous les habitants du quartier dès l'année prochaine.

Les travaux commenceront au printemps, et la circulation sera détournée par les rues voisines pendant toute la durée du chantier.

Partager sur Twitter
Lire aussi`,
  `Inicio » Noticias » Cultura

El ayuntamiento aprobó el jueves la reforma de la antigua estación, que se convertirá en un centro cultural para los vecinos del barrio a partir del año que viene.

Las obras empezarán en primavera y el tráfico se desviará por las calles cercanas durante los próximos meses.

Compartir en Facebook`,
  `Il consiglio comunale ha approvato giovedì la ristrutturazione della vecchia stazione, che diventerà un centro culturale aperto a tutti gli abitanti del quartiere.

I lavori cominceranno in primavera e il traffico sarà deviato nelle strade vicine per tutta la durata del cantiere.

Condividi su Facebook`,
  `A câmara municipal aprovou na quinta-feira a renovação da antiga estação, que será transformada num centro cultural aberto a todos os moradores do bairro.

Os trabalhos começam na primavera e o trânsito será desviado pelas ruas vizinhas durante as obras.`,
  `De gemeenteraad heeft donderdag besloten het oude station te verbouwen tot een cultureel centrum voor de bewoners van de wijk.

De werkzaamheden beginnen in het voorjaar en het verkeer wordt tijdens de bouw omgeleid via de straten in de buurt.`,
  `Rada miasta zdecydowała w czwartek, że stary dworzec zostanie przebudowany na centrum kultury, które będzie otwarte dla wszystkich mieszkańców dzielnicy.

Prace rozpoczną się wiosną, a ruch zostanie skierowany na sąsiednie ulice.`,
  `Главная / Новости / Общество

Городской совет в четверг одобрил реконструкцию старого вокзала, который станет культурным центром для жителей района уже в следующем году.

Работы начнутся весной, а движение транспорта будет перенаправлено на соседние улицы.

Поделиться`,
  `Το δημοτικό συμβούλιο ενέκρινε την Πέμπτη την ανακαίνιση του παλιού σταθμού, ο οποίος θα γίνει πολιτιστικό κέντρο για τους κατοίκους της γειτονιάς.`,
  `Belediye meclisi perşembe günü eski istasyonun kültür merkezine dönüştürülmesine karar verdi ve çalışmaların ilkbaharda başlayacağını açıkladı.`,
  `قرر المجلس البلدي يوم الخميس تحويل محطة القطار القديمة إلى مركز ثقافي مفتوح لجميع سكان الحي ابتداء من العام المقبل.

وستبدأ الأعمال في الربيع، وسيتم تحويل حركة المرور إلى الشوارع المجاورة.`,
  `המועצה העירונית החליטה ביום חמישי להפוך את תחנת הרכבת הישנה למרכז תרבות פתוח לכל תושבי השכונה.`,
  `नगर परिषद ने गुरुवार को पुराने स्टेशन को सांस्कृतिक केंद्र में बदलने का फैसला किया, जो अगले साल से मोहल्ले के सभी निवासियों के लिए खुला रहेगा।`,
  `首页 > 新闻 > 社会

市议会周四决定将旧火车站改建为文化中心，明年起向社区所有居民开放。工程将于春季开始，预计持续两年。

分享`,
  `市議会は木曜日、古い駅を文化センターに改装することを決めた。工事は春に始まり、約二年かかる見込みだ。`,
  `시의회는 목요일 옛 기차역을 문화 센터로 바꾸기로 결정했으며 공사는 봄에 시작된다.`,
  `Hội đồng thành phố đã quyết định vào thứ Năm chuyển nhà ga cũ thành trung tâm văn hóa cho cư dân trong khu phố.`,
  // accents as combining marks, a soft hyphen, a markdown link, CRLF line ends
  'The cafe\u0301 by the old station reopened on Thursday, and its owner, who calls the menu nai\u0308ve on purpose, told the first guests the story of the building, with a soft hy\u00adphen in a word and a [link](https://example.org/a) in the middle of a sentence.\r\n\r\nShare this article',
];
