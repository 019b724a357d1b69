//! The multilingual lexicon of boilerplate phrases, matched with one
//! Aho-Corasick automaton over the lowercased line.
//!
//! A phrase says where it must stand to count:
//! * `Whole`: the line is the phrase and nothing else, save punctuation,
//!   bullets, an ordered list's number and a count ("Share", "Comments
//!   (12)", "1. Impressum"). After a
//!   count ("12 Comments") it is a counter, found as a `Prefix` phrase is.
//! * `Prefix`: the line starts with the phrase ("ALSO READ: …", "Photo: …").
//! * `Link`: the line starts with the phrase and is a link's text: a few
//!   words more, and it does not end like a sentence ("Back to Gallery", "Zurück zum
//!   Inhaltsverzeichnis"); the same words may open a heading or a sentence
//!   ("Back to school: what parents should know").
//! * `Counted`: the line starts with a count, then the phrase: the heading
//!   blog software puts over comments ("12 thoughts on “…”", "Ein Kommentar
//!   zu „…“"), which without its count could open a sentence.
//! * `Anywhere`: the phrase is specific enough to mark any line that holds it
//!   ("you are commenting using your", "all rights reserved").
//!
//! Only generic phrases belong here, the words that sites in general use for
//! their furniture; never a phrase seen on one page only.

use crate::features::{core_of, normalize, Lowered};
use crate::label::Label;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::nfa::{contiguous, noncontiguous::NFA};
use aho_corasick::{Anchored, Match, MatchKind};
use std::sync::OnceLock;

/// Where a phrase must stand in the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    Whole,
    Prefix,
    Link,
    Counted,
    Anywhere,
}

use Label::*;
use Place::*;

/// The phrases (in lowercase) by place and label, each group's separated by
/// `|`: a table of one entry per phrase, a pointer and a length for each,
/// made the WebAssembly 3.5 KB larger (gzipped). [`phrases`] lists them one
/// by one.
#[rustfmt::skip]
static GROUPS: &[(Place, Label, &str)] = &[
    // --- comments and comment forms
    // the heading over the comments: "12 thoughts on “Title”", in the words
    // of the common blog themes and their translations
    (Counted, Comments, "thoughts on|thought on|responses to|response to|replies to|reply to|replies on|\
        reply on|comments on|comment on|gedanken zu|gedanke zu|antworten zu|antwort zu|kommentare zu|\
        kommentar zu|réflexions sur|réflexion sur|réponses à|réponse à|commentaires sur|commentaire sur|\
        comentarios en|comentario en|respuestas a|respuesta a|commenti su|commento su|risposte a|risposta a|\
        pensieri su|reacties op|reactie op|gedachten over|comentários em|comentário em|comentários sobre|\
        comentário sobre|respostas para|resposta para|komentarzy do|komentarze do|komentarz do|\
        комментариев к|комментария к|комментарий к"),
    (Whole, Comments, "leave a reply|leave a comment|post a comment|add a comment|write a comment|comments|\
        comment|comment as|join the discussion|join the conversation|show comments|view comments|\
        load comments|no comments|no comments yet"),
    (Prefix, Comments, "be the first to comment"),
    (Whole, Comments, "reply|antworten"),
    (Anywhere, Comments, "you are commenting using your|your email address will not be published|\
        required fields are marked|fill in your details below or click an icon to log in"),
    // the same comment form in the blog platform's other languages
    (Anywhere, Comments, "du kommentierst mit deinem|trage deine daten unten ein|\
        informiere mich über neue beiträge|vous commentez à l’aide de votre compte|\
        vous commentez à l'aide de votre compte|estás comentando usando tu cuenta|\
        stai commentando usando il tuo account|você está comentando utilizando sua conta|\
        notify me of new comments|notify me of follow-up comments|notify me of new posts|\
        save my name, email, and website in this browser|this site uses akismet|\
        you must be logged in to post a comment"),
    (Whole, Comments, "connecting to %s|cancel reply|log in to reply|post comment|kommentar schreiben|\
        kommentare|kommentar|kommentieren"),
    (Prefix, Comments, "schreibe einen kommentar|hinterlasse einen kommentar"),
    (Anywhere, Comments, "deine e-mail-adresse wird nicht veröffentlicht|\
        ihre e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind mit"),
    (Whole, Comments, "laisser un commentaire|commentaires"),
    (Anywhere, Comments, "votre adresse e-mail ne sera pas publiée|\
        votre adresse de messagerie ne sera pas publiée"),
    (Whole, Comments, "deja un comentario|comentarios|dejar un comentario"),
    (Anywhere, Comments, "tu dirección de correo electrónico no será publicada"),
    (Whole, Comments, "lascia un commento|commenti"),
    (Anywhere, Comments, "il tuo indirizzo email non sarà pubblicato"),
    (Whole, Comments, "deixe um comentário|comentários|reageer|reacties"),
    (Prefix, Comments, "geef een reactie"),
    (Whole, Comments, "komentarze|dodaj komentarz|skomentuj|комментарии|оставить комментарий|\
        добавить комментарий|评论|发表评论|コメント"),
    // --- share and follow
    (Whole, Share, "share|share this|share this article|share this story|share this post|share article"),
    (Prefix, Share, "share on facebook|share on twitter|share on linkedin|share on whatsapp|share via"),
    (Whole, Share, "share with|tweet|pin|email|e-mail|print|copy link|facebook|twitter|linkedin|whatsapp|\
        pinterest|reddit|instagram|youtube|telegram|xing|tumblr|flipboard|messenger|rss|like this|like|\
        like this:"),
    (Prefix, Share, "like loading"),
    (Whole, Share, "share this:"),
    (Prefix, Share, "click to share on|click to email|click to print|follow us|follow me|folge uns|\
        folgen sie uns"),
    (Whole, Share, "teilen|artikel teilen|beitrag teilen|drucken"),
    (Prefix, Share, "teilen auf"),
    (Whole, Share, "auf facebook teilen|per e-mail teilen|partager"),
    (Prefix, Share, "partager sur"),
    (Whole, Share, "imprimer"),
    (Prefix, Share, "suivez-nous"),
    (Whole, Share, "compartir"),
    (Prefix, Share, "compartir en|síguenos|siguenos"),
    (Whole, Share, "imprimir|condividi"),
    (Prefix, Share, "seguici"),
    (Whole, Share, "compartilhar|delen|udostępnij|drukuj|поделиться|分享"),
    // --- related and teasers
    (Prefix, Related, "also read|read also|read more|read next|see also"),
    (Whole, Related, "related|related articles|related posts|related stories|related content|related news|\
        related topics"),
    (Prefix, Related, "related:|more from|more on this"),
    // the same teasers' phrases with their colon: a headline follows, set in
    // the article's text ("ALSO READ: …"; French sets a space before it)
    (Prefix, Related, "also read:|read also:|read more:|read next:|see also:|lesen sie auch:|\
        mehr zum thema:|auch interessant:|weiterlesen:|lire aussi:|lire aussi :|à lire aussi:|\
        à lire aussi :|voir aussi:|voir aussi :|lee también:|leer más:|te puede interesar:|leggi anche:|\
        leia também:|leia mais:|lees ook:|lees meer:|czytaj też:|czytaj także:|zobacz też:|\
        zobacz także:|читайте также:"),
    (Whole, Related, "more stories|more news|more articles"),
    (Prefix, Related, "you may also like|you might also like|you may be interested in|recommended for you"),
    (Whole, Related, "recommended"),
    (Prefix, Related, "most popular|most read|most viewed"),
    (Whole, Related, "trending|trending now|trending news|trending stories|trending posts|popular posts|recent posts|latest news|latest stories|\
        latest articles|top stories|editor's picks"),
    (Prefix, Related, "don't miss|previous article|next article|previous post|next post"),
    (Whole, Related, "show more|load more|more"),
    (Prefix, Related, "continue reading|click here|watch:|lesen sie auch|lesen sie mehr|auch interessant|\
        das könnte sie auch interessieren|weiterlesen|weiter lesen|mehr zum thema|leggi tutto|continua a leggere|\
        seguir leyendo|ler mais|continue a ler|continuar lendo|czytaj dalej|číst dále|čítať ďalej"),
    (Whole, Related, "mehr lesen"),
    (Prefix, Related, "mehr dazu"),
    (Whole, Related, "ähnliche beiträge|ähnliche artikel|verwandte artikel|weitere artikel|\
        weitere informationen|weitere beiträge"),
    (Prefix, Related, "zum artikel"),
    (Whole, Related, "mehr"),
    (Prefix, Related, "meistgelesen"),
    (Whole, Related, "neueste beiträge|letzte beiträge"),
    // a blog's sidebar: the widgets of the common blog platform ("Recent
    // Posts" and "Recent Comments"), in its translations and two common
    // German variants
    (Whole, Related, "recent comments|neueste kommentare|letzte kommentare|aktuelle kommentare|articles récents|\
        commentaires récents|entradas recientes|comentarios recientes|articoli recenti|commenti recenti|\
        posts recentes|comentários recentes|recente berichten|recente reacties|najnowsze wpisy|najnowsze komentarze|\
        свежие записи|свежие комментарии"),
    (Prefix, Related, "vorheriger beitrag|nächster beitrag|lire aussi|à lire aussi|lire la suite|voir aussi"),
    (Whole, Related, "articles similaires"),
    (Prefix, Related, "sur le même sujet|les plus lus|lee también|leer más|te puede interesar"),
    (Whole, Related, "noticias relacionadas"),
    (Prefix, Related, "artículos relacionados|leggi anche"),
    (Whole, Related, "articoli correlati"),
    (Prefix, Related, "leia também|leia mais|lees ook|lees meer|czytaj też|czytaj także|czytaj więcej|\
        zobacz też|zobacz także|читайте также|читать далее"),
    (Whole, Related, "похожие статьи"),
    (Prefix, Related, "相关文章|相关阅读|延伸阅读|関連記事"),
    // --- navigation
    (Whole, Navigation, "home|menu|main menu|search"),
    (Prefix, Navigation, "skip to content|skip to main content|jump to"),
    (Whole, Navigation, "back to top|to top|top|sign in|log in|login|log out|register|sign up|my account|\
        next|previous|prev|close|open|toggle navigation|navigation|sitemap|site map|contact|contact us|\
        about us|about|archive|archives|categories|tags"),
    (Prefix, Navigation, "tags:|tagged|filed under|posted in|categories:|category:|topics:|you are here|\
        breadcrumb"),
    (Whole, Navigation, "page"),
    (Prefix, Navigation, "go to"),
    (Whole, Navigation, "view all|see all|all|startseite|suche|suchen"),
    (Prefix, Navigation, "zum inhalt springen|direkt zum inhalt"),
    (Whole, Navigation, "nach oben|zurück|weiter|anmelden|abmelden|registrieren|kontakt|über uns"),
    (Prefix, Navigation, "schlagworte|schlagwörter"),
    (Whole, Navigation, "kategorien"),
    (Prefix, Navigation, "kategorie:|veröffentlicht in|sie sind hier|navigation überspringen"),
    (Whole, Navigation, "hauptmenü|seite|accueil|rechercher|retour en haut|se connecter|inicio|buscar|\
        volver arriba|iniciar sesión|cerca|página inicial|zoeken|strona główna|szukaj|zaloguj się|главная|\
        поиск|войти|首页|ホーム"),
    // --- newsletter, subscription, paywall
    (Whole, Newsletter, "subscribe|subscribe now"),
    (Prefix, Newsletter, "subscribe to|sign up for|sign up to"),
    (Whole, Newsletter, "newsletter"),
    (Prefix, Newsletter, "get our newsletter|join our newsletter|enter your email"),
    (Whole, Newsletter, "your email address"),
    (Prefix, Newsletter, "to read the full story|already a subscriber|subscribe to continue reading|\
        become a member|support our journalism|newsletter abonnieren|jetzt abonnieren"),
    // the paywall's "already a subscriber?", and its sentence
    (Prefix, Newsletter, "already subscribed|bereits abonnent|schon abonnent|déjà abonné|vous êtes déjà abonné|\
        ya eres suscriptor|si ya eres suscriptor|sei già abbonato|già abbonato|já é assinante|já sou assinante|\
        al abonnee|уже подписаны"),
    (Anywhere, Newsletter, "you're already a subscriber|you’re already a subscriber|you are already a subscriber"),
    (Whole, Newsletter, "abonnieren"),
    (Prefix, Newsletter, "abonnez-vous"),
    (Whole, Newsletter, "s'abonner"),
    (Prefix, Newsletter, "suscríbete"),
    (Whole, Newsletter, "suscribirse"),
    (Prefix, Newsletter, "iscriviti"),
    (Whole, Newsletter, "assine|subskrybuj|подписаться|订阅"),
    // --- a newsletter's own head and foot (a newsletter pasted from the mail), and
    // the sign-up form's promise that one can leave
    (Prefix, Newsletter, "view this email in your browser"),
    (Whole, Newsletter, "view in browser"),
    (Anywhere, Newsletter, "view it in your browser"),
    (Prefix, Newsletter, "view this email online"),
    (Anywhere, Newsletter, "im browser ansehen|im browser anzeigen|voir la version en ligne|\
        afficher dans le navigateur|ver en el navegador|visualizza nel browser|\
        you are receiving this email because|you're receiving this email because|\
        you received this email because|you are receiving this newsletter because|\
        sie erhalten diese e-mail, weil|sie erhalten diesen newsletter, weil|vous recevez cet e-mail car|\
        vous recevez cet email car|recibes este correo porque|ricevi questa email perché"),
    (Whole, Newsletter, "unsubscribe"),
    (Anywhere, Newsletter, "unsubscribe from this list|unsubscribe at any time|update your preferences|\
        manage your subscription"),
    (Whole, Newsletter, "forward to a friend"),
    (Prefix, Newsletter, "our mailing address is"),
    (Anywhere, Newsletter, "newsletter abbestellen|jederzeit abbestellen"),
    (Whole, Newsletter, "se désinscrire"),
    (Anywhere, Newsletter, "désinscrire à tout moment"),
    (Whole, Newsletter, "darse de baja"),
    (Anywhere, Newsletter, "darte de baja en cualquier momento"),
    (Whole, Newsletter, "annulla iscrizione"),
    // --- a newsletter read on the web: the call to subscribe inside the post,
    // and the paywall of its paid posts
    (Anywhere, Newsletter, "subscribe for free|to receive new posts|kostenlos abonnieren|\
        abonnez-vous gratuitement|suscríbete gratis|iscriviti gratuitamente|\
        this post is for paid subscribers|upgrade to paid"),
    // --- cookies, copyright, legal
    (Anywhere, Legal, "all rights reserved|alle rechte vorbehalten|tous droits réservés|\
        todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|\
        все права защищены|版权所有"),
    (Prefix, Legal, "copyright|©"),
    (Anywhere, Legal, "this website uses cookies|this site uses cookies|we use cookies|uses cookies to|\
        accept cookies|cookie policy|cookie settings"),
    (Whole, Legal, "cookies|privacy policy|privacy|privacy notice|terms of use|terms of service|\
        terms and conditions|terms & conditions|legal notice|disclaimer|accessibility"),
    (Prefix, Legal, "do not sell my personal information"),
    (Whole, Legal, "accept|accept all|i agree|impressum|datenschutz|datenschutzerklärung|\
        nutzungsbedingungen|agb|cookie-einstellungen"),
    (Anywhere, Legal, "diese website verwendet cookies|wir verwenden cookies|verwendet cookies"),
    (Whole, Legal, "mentions légales|politique de confidentialité"),
    (Anywhere, Legal, "ce site utilise des cookies"),
    (Whole, Legal, "aviso legal|política de privacidad|política de cookies"),
    (Anywhere, Legal, "utilizamos cookies"),
    (Whole, Legal, "polityka prywatności|политика конфиденциальности"),
    (Anywhere, Legal, "werden cookies|setzt cookies|nutzt cookies|unserer datenschutzerklärung|\
        our privacy policy|notre politique de confidentialité|nuestra política de privacidad"),
    // --- advertising
    (Whole, Advertising, "advertisement|advert|adverts|advertising|sponsored|sponsored content|ad|ads|\
        story continues below advertisement"),
    (Prefix, Advertising, "article continues below|continue reading below"),
    // the line news sites set where an ad interrupts the article, in the
    // words of each language's sites
    (Prefix, Advertising, "story continues below|article continues after|la suite après la publicité|\
        la suite après cette publicité|continua após a publicidade|continua depois da publicidade|\
        lees verder na de advertentie|het artikel gaat verder onder de advertentie|\
        artikeln fortsätter under annonsen|saken fortsetter under annonsen|\
        artikkelen fortsetter under annonsen|artiklen fortsætter under annoncen|\
        dalsza część artykułu pod reklamą|dalszy ciąg artykułu pod reklamą|\
        dalsza część tekstu pod reklamą|pokračování článku pod reklamou|článek pokračuje pod reklamou|\
        mainos päättyy"),
    (Whole, Advertising, "scroll to continue with content|anzeige|werbung|publicité|publicidad|pubblicità|\
        reklama|реклама|广告|paid content|advertentie|publicidade"),
    // --- author boxes
    (Whole, AuthorBio, "about the author|about the authors|über den autor|über die autorin|\
        à propos de l'auteur|sobre el autor"),
    (Prefix, AuthorBio, "view all posts by|more articles by|all posts by|posts by|alle beiträge von|\
        alle artikel von"),
    (Whole, AuthorBio, "author|the author|about the writer|author bio|author info|autor|autorin|der autor|\
        die autorin|autoreninfo|zum autor|zur autorin|l'auteur|l'autrice|sobre la autora|sobre o autor|\
        sobre a autora|l'autore|sull'autore|over de auteur|o autorze|об авторе"),
    // --- photo credits and captions
    (Prefix, Caption, "photo:|photo by|photograph:|picture:|image:|image credit|credit:|photo credit|\
        source: getty"),
    (Anywhere, Caption, "getty images|afp photo|(photo:|(photo by|(photo credit|(image:|(credit:|(file photo"),
    (Prefix, Caption, "foto:|bild:"),
    (Anywhere, Caption, "(foto:|(bild:"),
    (Prefix, Caption, "bildquelle|fotocredit|crédit photo|crédit :|фото:"),
    (Anywhere, Caption, "(фото:"),
    (Prefix, Caption, "zdjęcie:|fot.|图片来源"),
    // a picture that illustrates rather than shows the story, as captions say
    (Anywhere, Caption, "photo d'illustration|photo d’illustration|image d'illustration|\
        image d’illustration|foto de archivo|imagen de archivo|imagen ilustrativa|foto ilustrativa|\
        foto d'archivio|foto d’archivio|foto di repertorio|immagine di repertorio"),
    (Prefix, Caption, "archivfoto|archivbild"),
    // --- more related and teaser headings
    (Prefix, Related, "mehr zu|mehr zum|zum weiterlesen|auch lesen|ebenfalls interessant|empfohlen für dich"),
    (Whole, Related, "empfehlungen"),
    (Prefix, Related, "artikel zum thema|weitere themen|weitere aktuelle"),
    (Whole, Related, "aktuelle beiträge|beliebte beiträge"),
    (Prefix, Related, "am meisten gelesen|das könnte dich auch interessieren|\
        dies könnte sie auch interessieren"),
    (Anywhere, Related, "könnte sie auch interessieren|könnte dich auch interessieren"),
    (Prefix, Related, "passend zum thema"),
    (Whole, Related, "top-artikel|top artikel"),
    (Prefix, Related, "you might be interested in|more in"),
    (Whole, Related, "more like this"),
    (Prefix, Related, "read the full story|read full article|related reading"),
    (Whole, Related, "further reading"),
    (Prefix, Related, "recommended reading"),
    (Whole, Related, "popular now"),
    (Prefix, Related, "what to read next"),
    (Whole, Related, "up next"),
    (Prefix, Related, "keep reading"),
    (Whole, Related, "around the web|from around the web|promoted stories"),
    (Prefix, Related, "mirá también|mira también|ver también|le puede interesar|te puede gustar|\
        también te puede interesar|você também pode gostar"),
    (Whole, Related, "más noticias"),
    (Prefix, Related, "lo más leído"),
    (Whole, Related, "últimas noticias"),
    (Prefix, Related, "veja também|você pode gostar|mais lidas"),
    (Whole, Related, "notícias relacionadas|relacionados"),
    (Prefix, Related, "à lire également|a lire aussi|les plus populaires|dans la même rubrique|\
        vous aimerez aussi"),
    (Whole, Related, "à découvrir"),
    (Prefix, Related, "potrebbe interessarti|ti potrebbe interessare|più letti"),
    (Whole, Related, "gerelateerde artikelen"),
    (Prefix, Related, "meest gelezen"),
    (Whole, Related, "polecane"),
    (Prefix, Related, "najczęściej czytane"),
    (Whole, Related, "podobne artykuły|популярное"),
    (Prefix, Related, "по теме|смотрите также"),
    // --- more tags and navigation
    (Prefix, Navigation, "etiquetas|schlagwörter:|stichwörter|themen:|rubrik:|mots-clés|étiquettes|temas:|\
        tagi:|теги:|标签"),
    (Whole, Navigation, "post navigation|beitragsnavigation|breadcrumbs"),
    (Whole, Share, "print this page|seite drucken"),
    (Prefix, Share, "artikel gefallen|beitrag gefällt|síguenos en|siga-nos|nos siga|suivez-nous sur|\
        folgen sie uns auf|follow us on|share on|teile diesen beitrag|diesen artikel teilen"),
    (Whole, Share, "jetzt teilen"),
    // --- comment headers, comment form fields and help, blog post footers (what blog software writes)
    (Prefix, Comments, "comment by|kommentar von"),
    (Anywhere, Comments, "(will not be published)|(wird nicht veröffentlicht)|(ne sera pas publié)|\
        (no será publicado)|(não será publicado)|lines and paragraphs break automatically|\
        zeilenumbrüche und absätze werden automatisch erzeugt|\
        pour créer des paragraphes, laissez simplement des lignes vides"),
    (Prefix, Navigation, "this entry was posted in|dieser eintrag wurde veröffentlicht|\
        cette entrée a été publiée|esta entrada fue publicada|questa voce è stata pubblicata|\
        dieser beitrag wurde unter|abgelegt unter"),
    (Anywhere, Navigation, "bookmark the permalink|lesezeichen auf den permalink"),
    (Anywhere, Newsletter, "sign up to our newsletter|sign up for our newsletter|\
        signing up to our newsletter|signing up for our newsletter|subscribe to our newsletter|\
        subscribe to our mailing list|join our mailing list|abonnieren sie unseren newsletter|\
        abonniere unseren newsletter|für unseren newsletter an|abonnez-vous à notre newsletter|\
        inscrivez-vous à notre newsletter|suscríbete a nuestro boletín|suscribirse a nuestra newsletter|\
        iscriviti alla nostra newsletter|assine nossa newsletter|inscreva-se em nossa newsletter|\
        abonneer je op onze nieuwsbrief|schrijf je in voor onze nieuwsbrief|\
        zapisz się do naszego newslettera"),
    // the form's answer once sent
    (Anywhere, Newsletter, "thank you for subscribing|thanks for subscribing|successfully subscribed|\
        danke für ihre anmeldung|vielen dank für deine anmeldung|\
        merci pour votre inscription|gracias por suscribirte"),
    // --- more newsletter, paywall
    (Prefix, Newsletter, "to view the full story|subscribe now to"),
    (Anywhere, Newsletter, "for the full story"),
    (Prefix, Newsletter, "unterstütze|unterstützen sie"),
    (Whole, Newsletter, "jetzt unterstützen|ausgabe kaufen"),
    (Whole, Advertising, "jetzt kaufen|buy now|shop now"),
    (Prefix, Advertising, "zum shop"),
    (Whole, Advertising, "gewinnspiel"),
    (Whole, Newsletter, "newsletter-anmeldung"),
    (Prefix, Newsletter, "zum newsletter|inscreva-se|assine já|suscríbase|suscribite"),
    // --- more legal and advertising
    (Prefix, Advertising, "advertising disclosure|affiliate disclosure"),
    (Anywhere, Advertising, "we may receive compensation|may earn a commission|may receive a commission|\
        gekennzeichneten links sind"),
    (Prefix, Advertising, "empfohlener redaktioneller inhalt"),
    (Anywhere, Legal, "is not responsible for the opinions|are the opinions of"),
    (Whole, Legal, "datenschutzbestimmungen"),
    (Anywhere, Legal, "akzeptiere die datenschutzbestimmungen"),
    (Prefix, Legal, "ich akzeptiere"),
    (Whole, Legal, "cookie-richtlinie|privatsphäre-einstellungen"),
    // the second sentence of a cookie banner, which a paste may give a line of its own
    // ("To find out more, including how to control cookies, see here: Cookie Policy")
    (Anywhere, Legal, "how to control cookies|zur kontrolle von cookies|comment contrôler les cookies|\
        façon de contrôler les cookies|cómo controlar las cookies|como controlar os cookies|\
        sul controllo dei cookie"),
    (Whole, Legal, "aviso de privacidad|términos y condiciones|política de privacidade|termos de uso"),
    (Prefix, Legal, "conditions générales"),
    (Whole, Legal, "protection des données"),
    // --- comments, more
    (Prefix, Comments, "fanden sie diesen artikel nützlich|was this article helpful|was this helpful|\
        war dieser artikel hilfreich|submit your letter to the editor"),
    (Whole, Comments, "letters to the editor"),
    (Prefix, Comments, "deine meinung|ihre meinung|kommentar verfassen|diskutieren sie mit|zur diskussion"),
    (Anywhere, Comments, "comments are closed|kommentare sind geschlossen"),
    // (the footer of older blog themes: "You can follow any responses to
    // this entry through the RSS 2.0 feed. Both comments and pings are
    // currently closed.")
    (Anywhere, Comments, "through the rss 2.0 feed|trackback from your own site|pings are currently closed|\
        pings sind derzeit nicht erlaubt"),
    (Prefix, Comments, "what do you think"),
    // --- more photo credits (agencies and stock libraries), back links
    (Anywhere, Caption, "shutterstock|istock|istockphoto|unsplash|pixabay|picture alliance|picture-alliance|\
        adobe stock|imago images"),
    (Whole, Caption, "beitragsbild"),
    (Prefix, Caption, "titelbild|symbolbild"),
    (Whole, Navigation, "zurück zur übersicht|zur übersicht|back to overview"),
    // an events calendar's box with nothing in it, as calendar plugins word it: the
    // plugins' whole sentences anywhere, the bare words as a line of their own only
    // (a news sentence may say that a band has "no upcoming events scheduled")
    (Anywhere, Boilerplate, "there are no upcoming events|es gibt keine bevorstehenden veranstaltungen|\
        es gibt derzeit keine bevorstehenden veranstaltungen"),
    (Whole, Boilerplate, "no upcoming events|keine bevorstehenden veranstaltungen|aucun événement à venir|\
        no hay próximos eventos|no hay eventos próximos|nessun evento in programma|\
        geen aankomende evenementen"),
    // a back link, "Back to" and a few words of where it goes ("Back to Gallery",
    // "Zurück zum Inhaltsverzeichnis", "Retour à l'accueil"), across languages; not
    // the verbs a recipe's or a manual's steps open with ("Return to the pan",
    // "Volver al horno", "Go back to step 3")
    (Link, Navigation, "back to|zurück zu|zurück zum|zurück zur|retour à|retour au|retour aux|torna al|\
        torna alla|torna all'|torna ai|torna alle|voltar para|voltar ao|voltar à|terug naar|powrót do|\
        tillbaka till|tilbage til|tilbake til|zpět na|назад к|вернуться к"),
    (Whole, Related, "en savoir plus|lire plus|mehr erfahren|learn more|find out more|saber más|saiba mais|ver más|\
        scopri di più|подробнее"),
    // --- more headings of teaser boxes, share prompts, site footers and disclosures
    (Whole, Related, "related coverage"),
    (Prefix, Related, "latest on:|pour approfondir"),
    (Whole, Related, "a découvrir"),
    (Prefix, Related, "à découvrir sur|a découvrir sur"),
    (Whole, Related, "en images"),
    (Prefix, Related, "empfehlungen aus der redaktion|empfehlungen der redaktion|top-themen|top themen"),
    (Whole, Related, "weiterführende links|weiterführende informationen|weiterführende artikel|\
        aktuellste beiträge|neueste artikel|neueste nachrichten|aktuelle artikel|aktuelle nachrichten"),
    (Prefix, Related, "weitere beiträge aus|weitere artikel aus|weitere beiträge zu|weitere artikel zu|\
        hier weiterlesen|jetzt weiterlesen|nächster artikel|vorheriger artikel|die meistgelesenen|\
        meistgelesene"),
    (Whole, Related, "kurz notiert|newsticker|news ticker|infórmate más|informate más"),
    // "see also", "related topics", "the editors recommend", "you may also be interested in" across languages
    (Prefix, Related, "siehe auch|vedi anche|zie ook|см. также"),
    (Whole, Related, "related terms"),
    (Prefix, Related, "related coverage from"),
    (Whole, Related, "temas relacionados|enlaces relacionados|artigos relacionados|link correlati|\
        liens connexes|articles connexes|powiązane artykuły|gerelateerde links"),
    // (headings on a line of their own: "Die Redaktion empfiehlt, …" opens sentences too)
    (Whole, Related, "die redaktion empfiehlt|la rédaction vous conseille|la rédaction vous recommande|\
        la redacción recomienda|la redazione consiglia"),
    (Anywhere, Related, "könnten sie auch interessieren|könnten dich auch interessieren|\
        könnte sie ebenfalls interessieren|könnte dich ebenfalls interessieren|\
        könnten sie ebenfalls interessieren|könnten dich ebenfalls interessieren"),
    (Whole, Share, "teilen mit|sharen mit"),
    // headings of teaser boxes, as a list's lead-in would read ("Featured:", "Meer nieuws:")
    (Whole, Related, "featured|latest|you might like|also on our site|from our partners|explore more|\
        our picks|weitere nachrichten|mehr aus der region|unsere empfehlungen|aktuell|dazu passend|\
        nos suggestions|sur le même thème|altre notizie|i più letti|meer nieuws|gerelateerd|ook interessant"),
    (Prefix, Related, "bekijk ook"),
    (Prefix, Share, "volg ons"),
    (Whole, Related, "polecamy"),
    (Prefix, Related, "przeczytaj również"),
    (Prefix, Share, "condividi su|mit freunden teilen|weiterempfehlen|artikel empfehlen|seite empfehlen|\
        diese seite drucken"),
    (Whole, Share, "artikel drucken|beitrag drucken"),
    (Prefix, Comments, "hinterlasse eine antwort|schreibe eine antwort"),
    (Prefix, Legal, "bloggen auf wordpress.com|blog at wordpress.com"),
    (Anywhere, Legal, "powered by wordpress"),
    (Prefix, Legal, "proudly powered by|was sind cookies"),
    (Anywhere, Legal, "angaben ohne gewähr"),
    (Anywhere, Advertising, "enthält werbung|enthält affiliate-links|contains affiliate links|\
        may contain affiliate links"),
    // --- cookie notices in more languages, licence lines
    // ("we use", or "this site uses": a news sentence may say that a company uses cookies)
    (Anywhere, Legal, "nous utilisons des cookies|utilizziamo i cookie|questo sito utilizza cookie|\
        questo sito utilizza i cookie|questo sito web utilizza cookie|questo sito web utilizza i cookie|\
        usamos cookies|este sitio web utiliza cookies|este sitio utiliza cookies|este site utiliza cookies|\
        wij gebruiken cookies|we gebruiken cookies|deze website gebruikt cookies|deze site gebruikt cookies|\
        używamy plików cookie|korzystamy z plików cookie|korzystamy z cookies|strona używa plików cookie|\
        мы используем файлы cookie|сайт использует файлы cookie|some rights reserved"),
    (Prefix, Legal, "datenschutzeinstellungen"),
    // a licence notice: "licensed under a Creative Commons …" (a news line may say that
    // something was released "under Creative Commons": no "a", "the" or "licence" before it)
    (Anywhere, Legal, "licensed under a creative commons|licensed under the creative commons|\
        available under the creative commons|available under a creative commons|\
        unter einer creative commons|unter der creative commons|unter den bedingungen der creative commons|\
        lizenziert als creative commons|sous licence creative commons|sous une licence creative commons|\
        bajo licencia creative commons|bajo una licencia creative commons|sotto licenza creative commons|\
        con licenza creative commons|sob licença creative commons|sob uma licença creative commons|\
        onder een creative commons|externe inhalte angezeigt werden"),
    // an embedded post's or video's placeholder until the reader consents to load it
    (Anywhere, Legal, "findest du einen externen inhalt|finden sie einen externen inhalt|\
        findet ihr einen externen inhalt"),
    (Whole, Legal, "externer inhalt|external content|contenu externe|contenido externo|contenuto esterno|\
        externe inhoud"),
    (Prefix, Legal, "click to load|to view this content|um diesen inhalt anzuzeigen|\
        pour afficher ce contenu|para ver este contenido|per visualizzare questo contenuto|\
        om deze inhoud te bekijken"),
    // --- notices about the browser, at the start of their line (how-to prose tells readers to update theirs too)
    (Prefix, Boilerplate, "please enable javascript|enable javascript|javascript is disabled|\
        javascript is required|you are using an outdated browser|your browser is out of date|\
        your browser does not support|please update your browser|please upgrade your browser|\
        bitte aktivieren sie javascript|bitte javascript aktivieren|javascript ist deaktiviert|\
        ihr browser ist veraltet|veuillez activer javascript|activez javascript|habilite javascript|\
        включите javascript"),
    // --- comment form fields ("Name (required)"; documentation marks a parameter "(required)" too) and notices
    (Prefix, Comments, "name (required)|email (required)|e-mail (required)|mail (required)|\
        name (erforderlich)|e-mail (erforderlich)|name (pflichtfeld)|e-mail (pflichtfeld)|nom (obligatoire)|\
        e-mail (obligatoire)|email (obligatoire)|nombre (obligatorio)|correo electrónico (obligatorio)|\
        email (obligatorio)|nome (obbligatorio)|email (obbligatorio)|nome (obrigatório)|\
        e-mail (obrigatório)|email (obrigatório)|imię (wymagane)|e-mail (wymagane)|email (wymagane)"),
    (Anywhere, Comments, "benachrichtigung bei weiteren kommentaren|benachrichtige mich über"),
    (Anywhere, Newsletter, "enter your email address to follow|um diesem blog zu folgen"),
    (Prefix, Newsletter, "turn on notifications|benachrichtigungen aktivieren"),
    // --- more teaser headings
    (Prefix, Related, "lesen sie hier|dowiedz się więcej|przeczytaj także|przeczytaj też|czytaj również|\
        zobacz również"),
    (Anywhere, Related, "könnte dir auch gefallen|könnte ihnen auch gefallen|könnte euch auch gefallen"),
    (Prefix, Related, "weitere artikel zum|weitere beiträge zum"),
    // --- audio players, gift and save links, credit lines
    (Whole, Share, "listen to this article|artikel anhören|gift this article|save article"),
    (Prefix, Caption, "beitragsbild:|bildnachweis"),
    // --- the same furniture in more languages: share, teaser headings, comments, rights and cookie notices, ads, search and home
    // Swedish, Danish, Norwegian
    (Whole, Share, "dela"),
    (Prefix, Related, "läs mer|läs också"),
    (Whole, Related, "relaterade artiklar"),
    (Prefix, Related, "mest lästa"),
    (Whole, Comments, "kommentarer|lämna en kommentar"),
    (Anywhere, Legal, "alla rättigheter förbehållna|vi använder cookies"),
    (Whole, Advertising, "annons"),
    (Whole, Newsletter, "prenumerera"),
    (Whole, Navigation, "sök|meny|startsida"),
    (Prefix, Related, "læs mere|læs også"),
    (Whole, Related, "relaterede artikler"),
    (Prefix, Related, "mest læste"),
    (Whole, Comments, "skriv en kommentar"),
    (Anywhere, Legal, "alle rettigheder forbeholdes|vi bruger cookies"),
    (Whole, Advertising, "annonce"),
    (Whole, Navigation, "søg|forside"),
    (Prefix, Related, "les mer|les også"),
    (Whole, Related, "relaterte artikler"),
    (Prefix, Related, "mest lest"),
    (Whole, Comments, "legg igjen en kommentar"),
    (Anywhere, Legal, "alle rettigheter reservert|vi bruker cookies|vi bruker informasjonskapsler"),
    (Whole, Advertising, "annonse"),
    (Whole, Navigation, "søk|forsiden"),
    // Finnish, Hungarian
    (Whole, Share, "jaa"),
    (Prefix, Related, "lue lisää|lue myös|luetuimmat"),
    (Whole, Comments, "kommentit|jätä kommentti"),
    (Anywhere, Legal, "kaikki oikeudet pidätetään|käytämme evästeitä"),
    (Whole, Advertising, "mainos"),
    (Whole, Newsletter, "tilaa"),
    (Whole, Navigation, "haku|etusivu"),
    (Whole, Share, "megosztás"),
    (Whole, Related, "kapcsolódó cikkek"),
    (Prefix, Related, "legolvasottabb"),
    (Whole, Comments, "hozzászólások"),
    (Anywhere, Legal, "minden jog fenntartva|sütiket használ"),
    (Whole, Advertising, "hirdetés"),
    (Whole, Navigation, "keresés|címlap"),
    (Whole, Related, "tovább"),
    // Czech, Slovak, Romanian
    (Whole, Share, "sdílet"),
    (Prefix, Related, "čtěte také|přečtěte si také|čítajte tiež|pročitajte još|pročitajte i"),
    (Whole, Related, "související články"),
    (Prefix, Related, "nejčtenější"),
    (Whole, Comments, "komentáře|přidat komentář"),
    (Anywhere, Legal, "všechna práva vyhrazena|používáme cookies"),
    (Whole, Navigation, "hledat"),
    (Whole, Share, "zdieľať"),
    (Prefix, Related, "čítajte aj"),
    (Whole, Related, "súvisiace články"),
    (Prefix, Related, "najčítanejšie"),
    (Whole, Comments, "komentáre"),
    (Anywhere, Legal, "všetky práva vyhradené|používame cookies"),
    (Whole, Share, "distribuie"),
    (Prefix, Related, "citește și|citeşte şi"),
    (Whole, Related, "articole similare"),
    (Prefix, Related, "cele mai citite"),
    (Whole, Comments, "comentarii|lasă un comentariu"),
    (Anywhere, Legal, "toate drepturile rezervate|folosim cookie"),
    (Whole, Advertising, "publicitate"),
    (Whole, Navigation, "caută|acasă"),
    // Turkish, Greek, Ukrainian
    (Whole, Share, "paylaş"),
    (Prefix, Related, "devamını oku"),
    (Whole, Related, "ilgili haberler"),
    (Prefix, Related, "en çok okunanlar"),
    (Whole, Comments, "yorumlar|yorum yap|bir yorum yazın"),
    (Anywhere, Legal, "tüm hakları saklıdır"),
    (Whole, Legal, "çerez politikası"),
    (Whole, Advertising, "reklam"),
    (Whole, Navigation, "ana sayfa|anasayfa"),
    (Whole, Share, "κοινοποίηση"),
    (Prefix, Related, "διαβάστε επίσης|διαβάστε ακόμα"),
    (Whole, Related, "σχετικά άρθρα"),
    (Whole, Comments, "σχόλια"),
    (Anywhere, Legal, "όλα τα δικαιώματα διατηρούνται|χρησιμοποιούμε cookies"),
    (Whole, Advertising, "διαφήμιση"),
    (Whole, Navigation, "αναζήτηση|αρχική"),
    (Whole, Share, "поділитися"),
    (Prefix, Related, "читайте також"),
    (Whole, Related, "схожі статті"),
    (Whole, Comments, "коментарі"),
    (Anywhere, Legal, "всі права захищені|усі права захищені"),
    (Whole, Navigation, "пошук|головна"),
    // Arabic, Hebrew, Hindi, Thai
    (Whole, Share, "شارك|مشاركة"),
    (Prefix, Related, "اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد"),
    (Whole, Related, "مقالات ذات صلة"),
    (Prefix, Related, "الأكثر قراءة"),
    (Whole, Comments, "تعليقات|التعليقات"),
    (Anywhere, Legal, "جميع الحقوق محفوظة"),
    (Whole, Advertising, "إعلان"),
    (Whole, Navigation, "بحث|الرئيسية|اتصل بنا"),
    (Prefix, Share, "تابعونا على|تابعنا على"),
    // Persian
    (Prefix, Related, "بیشتر بخوانید|پربازدیدترین|مطالب مرتبط|اخبار مرتبط"),
    (Anywhere, Legal, "تمامی حقوق|کلیه حقوق"),
    (Whole, Navigation, "صفحه اصلی|جستجو|تماس با ما|درباره ما"),
    (Whole, Comments, "اترك تعليقاً|اترك تعليقًا|اترك تعليقا|أضف تعليق"),
    (Whole, Share, "שתף"),
    (Whole, Related, "כתבות נוספות|כתבות קשורות"),
    (Prefix, Related, "קראו עוד"),
    (Whole, Comments, "תגובות"),
    (Anywhere, Legal, "כל הזכויות שמורות"),
    (Whole, Advertising, "פרסומת"),
    (Whole, Navigation, "חיפוש|דף הבית|עמוד הבית|צור קשר"),
    (Whole, Share, "शेयर करें"),
    (Prefix, Related, "यह भी पढ़ें|ये भी पढ़ें|और पढ़ें"),
    (Whole, Related, "संबंधित खबरें"),
    (Whole, Comments, "टिप्पणियाँ"),
    (Anywhere, Legal, "सर्वाधिकार सुरक्षित"),
    (Whole, Advertising, "विज्ञापन"),
    (Whole, Share, "แชร์"),
    (Prefix, Related, "ข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม"),
    (Whole, Comments, "ความคิดเห็น|แสดงความคิดเห็น"),
    (Whole, Navigation, "หน้าแรก|ค้นหา"),
    // Indonesian, Vietnamese
    (Whole, Share, "bagikan"),
    (Prefix, Related, "baca juga"),
    (Whole, Related, "berita terkait|artikel terkait|terpopuler"),
    (Whole, Comments, "komentar"),
    (Anywhere, Legal, "hak cipta dilindungi undang-undang"),
    (Whole, Advertising, "iklan"),
    (Whole, Navigation, "cari|beranda"),
    (Whole, Share, "chia sẻ"),
    (Prefix, Related, "xem thêm|tin liên quan"),
    (Whole, Related, "bài viết liên quan"),
    (Prefix, Related, "đọc nhiều nhất"),
    (Whole, Comments, "bình luận"),
    (Whole, Advertising, "quảng cáo"),
    (Whole, Navigation, "tìm kiếm|trang chủ"),
    // Korean, more Japanese and Chinese
    (Whole, Share, "공유하기"),
    (Prefix, Related, "관련기사|관련 기사|많이 본 뉴스"),
    (Whole, Comments, "댓글"),
    (Anywhere, Legal, "무단전재|무단 전재"),
    (Whole, Advertising, "광고"),
    (Whole, Navigation, "검색"),
    (Whole, Share, "シェア|ツイート"),
    (Prefix, Related, "人気記事|続きを読む"),
    (Whole, Advertising, "広告"),
    (Whole, Navigation, "検索"),
    (Whole, Comments, "コメントを書く"),
    (Prefix, Related, "阅读更多|热门文章|相关新闻"),
    (Whole, Navigation, "搜索"),
    // --- blog software's own strings in its translations: the skip link,
    // the comment form's heading and notices, the search label
    (Prefix, Navigation, "springe zum inhalt|aller au contenu|saltar al contenido|ir al contenido|\
        vai al contenuto|pular para o conteúdo|naar de inhoud springen|przejdź do treści|\
        перейти к содержимому|hoppa till innehåll|siirry sisältöön|přejít na obsah|ugrás a tartalomhoz|\
        μετάβαση στο περιεχόμενο|sari la conținut|içeriğe geç|跳至内容|コンテンツへスキップ|本文へスキップ"),
    (Whole, Navigation, "search for"),
    (Anywhere, Comments, "les champs obligatoires sont indiqués avec|\
        los campos obligatorios están marcados con|i campi obbligatori sono contrassegnati|\
        o seu endereço de e-mail não será publicado|campos obrigatórios são marcados com|\
        je e-mailadres wordt niet gepubliceerd|vereiste velden zijn gemarkeerd met|\
        twój adres e-mail nie zostanie opublikowany|wymagane pola są oznaczone|\
        ваш адрес email не будет опубликован|обязательные поля помечены|\
        din e-postadress kommer inte publiceras|obligatoriska fält är märkta|\
        e-posta hesabınız yayımlanmayacak"),
    (Whole, Comments, "laat een reactie achter|lämna ett svar|bir yanıt yazın|lasă un răspuns"),
    (Anywhere, Legal, "todos os direitos reservados|alle rechten voorbehouden"),
    (Whole, Share, "compartilhe"),
    (Whole, Legal, "manage consent|gérer les cookies"),
    (Whole, Navigation, "forgot password|forgot your password"),
    (Whole, Share, "artikel versenden"),
    (Whole, Navigation, "report an error|fehler melden"),
    (Whole, Advertising, "get the app|download the app"),
    // --- a login or sign-up dialog's labels, in the words most account
    // forms use (a line that is nothing else: a how-to on passwords may
    // well say "Your password must …")
    (Whole, Navigation, "passwort vergessen|mot de passe oublié|olvidaste tu contraseña|\
        olvidé mi contraseña|password dimenticata|hai dimenticato la password|esqueceu sua senha|\
        esqueceu a senha|esqueci minha senha|wachtwoord vergeten|nie pamiętasz hasła|zapomniałeś hasła|\
        забыли пароль|reset password|reset your password|passwort zurücksetzen|\
        réinitialiser le mot de passe|remember me|angemeldet bleiben|se souvenir de moi|recordarme|\
        ricordami|lembrar-me|onthoud mij|zapamiętaj mnie|запомнить меня|create an account|create account|\
        konto erstellen|créer un compte|crear una cuenta|crea un account|criar conta|account aanmaken|\
        załóż konto|создать аккаунт"),
    (Prefix, Navigation, "already have an account|don't have an account|don’t have an account|\
        noch kein konto|vous n'avez pas de compte"),
    // --- an image viewer's or gallery's controls (a line that is nothing
    // else: "Vollbild", "Click to enlarge", "Voir le diaporama")
    (Whole, Navigation, "enlarge|enlarge image|click to enlarge|view image|view gallery|view full gallery|\
        open gallery|view slideshow|start slideshow|launch gallery|full screen|fullscreen|expand image|zoom|\
        previous image|next image|show image|view photos|see all photos|bild vergrößern|vergrößern|\
        zum vergrößern klicken|zum vergrößern anklicken|bild anzeigen|bilderstrecke starten|galerie öffnen|\
        zur galerie|zur bildergalerie|alle bilder anzeigen|vollbild|vorheriges bild|nächstes bild|\
        zur fotostrecke|fotostrecke starten|agrandir|voir la galerie|voir le diaporama|lancer le diaporama|\
        plein écran|image précédente|image suivante|ampliar imagen|ampliar|ver galería|pantalla completa|\
        ver imagen|imagen anterior|imagen siguiente|ingrandisci|ingrandisci immagine|apri la gallery|\
        vai alla gallery|guarda la gallery|schermo intero|ampliar imagem|ver galeria|tela cheia|\
        vergroot afbeelding|volledig scherm|powiększ|powiększ zdjęcie|zobacz galerię|pełny ekran|\
        agrandir l’image"),
    // --- a video player's controls, as its labels copy (the time and the
    // share loaded read at the start of the video: "Current Time 0:00")
    (Whole, Navigation, "video player is loading|play video|play|pause|mute|unmute|tap to unmute|\
        current time 0:00|duration 0:00|remaining time -0:00|loaded: 0|stream type live|playback rate|\
        captions|audio track|picture-in-picture|skip ad|now playing|replay|autoplay|\
        video-player wird geladen|video abspielen|stumm schalten|aktuelle zeit 0:00|dauer 0:00|\
        werbung überspringen|sourdine|temps actuel 0:00|durée 0:00|lire la vidéo|passer la publicité|\
        reproducir|reproducir video|silenciar|tiempo actual 0:00|duración 0:00|saltar anuncio|riproduci|\
        salta annuncio|reproduzir|pular anúncio|afspelen|advertentie overslaan|odtwórz|pomiń reklamę"),
    // --- a consent box's label, a shop's partner notice, a comment form's heading
    (Prefix, Legal, "i agree to the privacy policy|i accept the privacy policy|\
        ich habe die datenschutzerklärung gelesen|j'accepte la politique de confidentialité|\
        j’accepte la politique de confidentialité|acepto la política de privacidad|\
        he leído y acepto la política de privacidad|accetto la privacy policy|\
        ho letto e accetto la privacy policy|acconsento al trattamento dei dati personali|\
        aceito a política de privacidade|li e aceito a política de privacidade|\
        ik ga akkoord met het privacybeleid"),
    (Anywhere, Advertising, "earn from qualifying purchases|an qualifizierten verkäufen|\
        achats remplissant les conditions requises|compras adscritas que cumplen los requisitos|\
        guadagno dagli acquisti idonei|aan kwalificerende aankopen"),
    (Whole, Comments, "kommentar erstellen|neuen kommentar schreiben"),
    // --- bylines
    (Prefix, Byline, "by |written by|posted by|author:|von |autor:|autorin:|par |auteur :|por |di |door |\
        av |af |автор:|作者|记者|本报记者|بقلم |מאת |yazar:|लेखक:|oleh |szerző:|tác giả:|του |της |γράφει ο |γράφει η "),
];

/// Every phrase of [`GROUPS`] with its place and label, in order: the
/// automata's pattern ids index this list. Built once per process.
pub(crate) fn phrases() -> &'static [(&'static str, Place, Label)] {
    static PHRASES: OnceLock<Vec<(&'static str, Place, Label)>> = OnceLock::new();
    PHRASES.get_or_init(|| GROUPS.iter().flat_map(|&(place, label, group)| group.split('|').map(move |phrase| (phrase, place, label))).collect())
}

/// A phrase found in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub label: Label,
    pub phrase: &'static str,
    pub place: Place,
    /// Byte offset of the phrase in the lowercased line.
    pub at: u32,
}

/// The compiled lexicon, built once per process: three automata.
///
/// The `Whole`, `Prefix` and `Link` phrases, most of the lexicon, count only where
/// the line starts (a run of `Whole` ones may fill it: "Share Tweet Email").
/// They are one automaton, `heads`, walked anchored at the start of the line
/// and after each `Whole` phrase, a few bytes each time (a line that starts
/// with no phrase leaves it at once); it is aho-corasick's contiguous NFA
/// (all states in one array, built from the NFA its DFAs are built from),
/// as little of it is ever walked: a DFA of these phrases would be most of
/// the tables for a few bytes a line. The `Anywhere` and
/// `Counted` phrases may stand anywhere: a DFA searches every line for them,
/// one of the phrases written in the Latin alphabet (with any punctuation)
/// and one of those of other scripts (see [`is_other_script`]), the second
/// searched only in the lines that hold a char of one. Apart, each DFA has a
/// smaller alphabet of byte classes, and so smaller tables, than the two
/// together.
pub(crate) struct Lexicon {
    heads: Heads,
    latin: Phrases,
    other: Phrases,
    /// [`phrases`], which the automata's patterns index.
    phrases: &'static [(&'static str, Place, Label)],
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// Whether the lexicon is built.
#[cfg(test)]
pub(crate) fn built() -> bool {
    LEXICON.get().is_some()
}

/// Whether a phrase of this place counts only at the start of the line.
fn is_head(place: Place) -> bool {
    matches!(place, Whole | Prefix | Link)
}

/// The `Whole`, `Prefix` and `Link` phrases, searched anchored.
struct Heads {
    nfa: contiguous::NFA,
    /// The state an anchored search starts in.
    start: StateID,
    /// The index in [`phrases`] of each of its patterns.
    ids: Vec<u16>,
}

/// The `Anywhere` and `Counted` phrases of one script or the other.
struct Phrases {
    dfa: DFA,
    /// The state an unanchored search starts in.
    start: StateID,
    /// The index in [`phrases`] of each of its patterns.
    ids: Vec<u16>,
}

/// Whether `c` is of a script other than Latin: from U+0340 (Greek,
/// Cyrillic, Hebrew, Arabic, the Indic scripts, CJK…) but for U+2000–U+2FFF
/// (punctuation, symbols and arrows, which Latin text uses too). Latin
/// Extended Additional (U+1E00–U+1EFF: Vietnamese) counts as other.
#[inline]
pub(crate) fn is_other_script(c: char) -> bool {
    c >= '\u{340}' && !('\u{2000}'..'\u{3000}').contains(&c)
}

/// Depth in the NFA of the states whose transitions are a row of all byte
/// classes (deeper ones keep a sorted list). The DFAs are built from this
/// NFA; the anchored walk's contiguous NFA, built from it too, sets its own
/// (`HEADS_DENSE_DEPTH`).
const DENSE_DEPTH: usize = 1;

/// Depth in the contiguous NFA of the `Whole`, `Prefix` and `Link` phrases
/// of the states whose transitions are a row of all byte classes
/// (aho-corasick's default; 4 measured no faster).
const HEADS_DENSE_DEPTH: usize = 2;

/// The indices in [`phrases`] of the phrases that `keep` accepts, and
/// aho-corasick's NFA of them, leftmost-longest (the DFAs are built from
/// it: one function for both keeps the WebAssembly smaller).
#[inline(never)]
fn phrase_nfa(keep: &dyn Fn(&str, Place) -> bool) -> (Vec<u16>, NFA) {
    let phrases = phrases();
    let ids: Vec<u16> = (0..phrases.len())
        .filter(|&i| keep(phrases[i].0, phrases[i].1))
        .map(|i| crate::ok_or_panic(u16::try_from(i)))
        .collect();
    // No prefilter: the search loops below do not use one (with one, the
    // start state would be special and take the slow branch).
    let nfa = aho_corasick::nfa::noncontiguous::Builder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .prefilter(false)
        .ascii_case_insensitive(true)
        .dense_depth(DENSE_DEPTH)
        .build(ids.iter().map(|&i| phrases[usize::from(i)].0));
    let nfa = crate::ok_or_panic(nfa);
    (ids, nfa)
}

impl Heads {
    fn build() -> Heads {
        let (ids, nfa) = phrase_nfa(&|_, place| is_head(place));
        let nfa = crate::ok_or_panic(contiguous::Builder::new().dense_depth(HEADS_DENSE_DEPTH).build_from_noncontiguous(&nfa));
        let start = crate::ok_or_panic(nfa.start_state(Anchored::Yes));
        Heads { nfa, start, ids }
    }

    /// The longest phrase that starts at `hay[from..]`, its pattern the
    /// phrase's index in [`phrases`].
    #[inline(never)]
    fn longest_at(&self, hay: &[u8], from: usize) -> Option<Match> {
        walk(&self.nfa, self.start, Anchored::Yes, &self.ids, hay, from)
    }
}

/// The search loop of both kinds of automata: from `start`, over
/// `hay[from..]`, the last match seen before the dead state (the longest,
/// leftmost-longest automata going on past a match for a longer one), its
/// pattern mapped through `ids`. What `AhoCorasick::find_iter` does, as a
/// loop of its own: the search is run on every line, most of which are a
/// few dozen bytes, so the set-up of the library's generic search cost as
/// much as the search itself.
#[inline(always)]
fn walk(aut: &impl Automaton, start: StateID, anchored: Anchored, ids: &[u16], hay: &[u8], from: usize) -> Option<Match> {
    let mut sid = start;
    let mut found = None;
    for (i, &b) in hay.iter().enumerate().skip(from) {
        sid = aut.next_state(anchored, sid, b);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                break;
            }
            if aut.is_match(sid) {
                let p = aut.match_pattern(sid, 0);
                // Anchored, a match state's own phrase comes first; the
                // others it holds are its suffixes, which start after `from`.
                if !anchored.is_anchored() || aut.pattern_len(p) == i + 1 - from {
                    found = Some((p, i + 1));
                }
            }
        }
    }
    found.map(|(p, end)| Match::must(usize::from(ids[p.as_usize()]), end - aut.pattern_len(p)..end))
}

impl Phrases {
    /// The automaton of the `Anywhere` and `Counted` phrases of other
    /// scripts than Latin, or of the rest.
    fn build(other_script: bool) -> Phrases {
        let (ids, nfa) = phrase_nfa(&|phrase, place| !is_head(place) && phrase.chars().any(is_other_script) == other_script);
        let dfa = crate::ok_or_panic(aho_corasick::dfa::Builder::new().build_from_noncontiguous(&nfa));
        let start = crate::ok_or_panic(dfa.start_state(Anchored::No));
        Phrases { dfa, start, ids }
    }

    /// The leftmost-longest match in `hay[from..]`, its pattern the phrase's
    /// index in [`phrases`].
    // (out of line: inlined into `find_in_line`, 0.8% more instructions per clean)
    #[inline(never)]
    fn next_match(&self, hay: &[u8], from: usize) -> Option<Match> {
        walk(&self.dfa, self.start, Anchored::No, &self.ids, hay, from)
    }
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        LEXICON.get_or_init(|| Lexicon { heads: Heads::build(), latin: Phrases::build(false), other: Phrases::build(true), phrases: phrases() })
    }

    /// The matches of `Anywhere` and `Counted` phrases in `hay`,
    /// leftmost-longest and not overlapping, in order, as one automaton of
    /// them all would find them. `both` says whether `hay` holds a char of a
    /// script other than Latin: without one, only the Latin automaton is run.
    /// With one, each step takes the leftmost of the two automata's next
    /// matches, the longer at a tie; a match not taken is kept while it
    /// starts at or after where the search goes on (nothing can start before
    /// it then), and an automaton that found none is not asked again, so each
    /// runs over the line about once.
    fn matches<'a>(&'a self, hay: &'a [u8], both: bool) -> impl Iterator<Item = Match> + 'a {
        let mut at = 0;
        // each automaton's next match: `None` before the first search,
        // `Some(None)` once it has no more
        let (mut latin, mut other): (Option<Option<Match>>, _) = (None, if both { None } else { Some(None) });
        let stale = |next: Option<Option<Match>>, at: usize| next.map_or(true, |m| m.is_some_and(|m| m.start() < at));
        std::iter::from_fn(move || {
            if stale(latin, at) {
                latin = Some(self.latin.next_match(hay, at));
            }
            if stale(other, at) {
                other = Some(self.other.next_match(hay, at));
            }
            let m = match (latin.flatten(), other.flatten()) {
                (Some(a), Some(b)) => {
                    if (b.start(), std::cmp::Reverse(b.end())) < (a.start(), std::cmp::Reverse(a.end())) {
                        b
                    } else {
                        a
                    }
                }
                (a, b) => a.or(b)?,
            };
            at = m.end();
            Some(m)
        })
    }

    /// The `Whole`, `Prefix` and `Link` phrases that open `hay` (`core_start`
    /// is where its first letter or digit is, or the first after a count),
    /// and the run of `Whole` phrases that follows a first one, each after
    /// nothing but separators:
    /// the leftmost-longest phrase that starts at or before `core_start`,
    /// then after each `Whole` one (or one before the core: "©") the longest
    /// that starts at the next letter or digit. Each is the longest that
    /// `fits` (ends at a word boundary): where the longest runs on into a
    /// longer word, a shorter one that starts there may fit ("back to" in
    /// "Back to Topics", past "back to top"). The walk ends at a `Prefix` or
    /// `Link` phrase in the core, or where no phrase starts or fits.
    fn heads<'a>(&'a self, hay: &'a str, core_start: usize, mut fits: impl FnMut(&Match) -> bool + 'a) -> impl Iterator<Item = Match> + 'a {
        let bytes = hay.as_bytes();
        let mut longest_fit = move |mut m: Match| loop {
            if fits(&m) {
                return Some(m);
            }
            m = self.heads.longest_at(&bytes[..m.end() - 1], m.start())?;
        };
        let mut next = (0..=core_start.min(hay.len()))
            .filter(|&at| hay.is_char_boundary(at))
            .find_map(|at| self.heads.longest_at(bytes, at))
            .and_then(&mut longest_fit);
        std::iter::from_fn(move || {
            let m = next.take()?;
            if self.phrases[m.pattern().as_usize()].1 == Whole || m.end() <= core_start {
                next = hay[m.end()..]
                    .find(char::is_alphanumeric)
                    .and_then(|gap| self.heads.longest_at(bytes, m.end() + gap))
                    .and_then(&mut longest_fit);
            }
            Some(m)
        })
    }

    /// Finds the phrase that marks `line`. A line whose lowercase differs
    /// from it in ASCII letters only is searched as it is (the automata
    /// match ASCII letters of either case): a line of ASCII, or one the
    /// caller vouches for with `as_is`, `Some` of whether it holds a char of
    /// a script other than Latin. Another is lowercased into `buf` first. A
    /// `lead_in` is the start of a longer line: its end is not the line's.
    pub fn find_in_line(&self, line: &str, buf: &mut String, lead_in: bool, as_is: Option<bool>) -> Option<Hit> {
        let as_is = as_is.or_else(|| line.is_ascii().then_some(false));
        let (lower, mut lowered) = if let Some(other_script) = as_is {
            (line, Lowered { core: core_of(line), other_script })
        } else {
            let lowered = normalize(line, buf);
            (buf.as_str(), lowered)
        };
        if lead_in {
            lowered.core.1 = usize::MAX;
        }
        self.find(lower, line, lowered)
    }

    /// Finds the phrase that marks `lower`, `line` lowercased (or, for a line
    /// of ASCII, the line itself: see `find_in_line`); `lowered`
    /// tells the byte range of `lower` left after trimming punctuation,
    /// bullets and counts, and whether it holds a char of a script other than
    /// Latin.
    ///
    /// A `Whole` phrase wins over a `Prefix` or `Link` one, which wins over `Anywhere`.
    /// A phrase of words ends at a word boundary, or where the line goes on
    /// with a capital right after a small letter: a link's text run into the
    /// next one, as copied text often has it ("Previous postHow we…").
    pub fn find(&self, lower: &str, line: &str, lowered: Lowered) -> Option<Hit> {
        let core = lowered.core;
        let mut best: Option<Hit> = None;
        // whether the line so far is nothing but whole-line phrases ("Share Tweet Email")
        let mut covered_to = Some(core.0);
        let mut first_whole: Option<Hit> = None;
        // (a `Link` phrase last: it counts on short lines only, and a
        // longer line that opens with one may hold an `Anywhere` one)
        let rank = |p: Place| match p {
            Whole => 0,
            Prefix | Counted => 1,
            Anywhere => 2,
            Link => 3,
        };
        // Phrases of words match at word boundaries only (start, then end:
        // the offsets are looked up in order, and rewound for the second pass).
        let at_word_boundaries = |m: &Match, phrase: &str, offsets: &mut LineOffsets| {
            let word_start = !starts_with_word_char(phrase)
                || !is_word_char_before(lower, m.start())
                || offsets.line_offset(m.start()).is_some_and(|i| is_camel_boundary(line, i));
            word_start
                && (!ends_with_word_char(phrase)
                    || !is_word_char_at(lower, m.end())
                    || offsets.line_offset(m.end()).is_some_and(|i| is_camel_boundary(line, i)))
        };
        let mut offsets = LineOffsets::new(lower, line);
        let fits = |m: &Match| at_word_boundaries(m, self.phrases[m.pattern().as_usize()].0, &mut offsets);
        // a `Whole` phrase may follow a count ("12 Comments", "3 Kommentare");
        // no other phrase may
        let counted = core.0 + leading_count_len(&lower[core.0..]);
        for m in self.heads(lower, counted, fits) {
            let (phrase, mut place, label) = self.phrases[m.pattern().as_usize()];
            let after_count = m.start() > core.0 && m.start() == counted;
            if after_count {
                // a counter: "2 Comments" heads the comments as often as it
                // stands in the article's header, a link to them, so it
                // marks its line as a `Prefix` phrase does, and ends no article
                if place != Whole || m.end() < core.1 {
                    continue;
                }
                place = Prefix;
            }
            let hit = Hit { label, phrase, place, at: m.start() as u32 };
            if place == Whole {
                covered_to = covered_to.filter(|&c| only_separators(&lower[c.min(m.start())..m.start()]));
                covered_to = covered_to.map(|_| m.end());
                first_whole = first_whole.or(Some(hit));
            }
            let ok = (m.start() <= core.0 || after_count) && (matches!(place, Prefix | Link) || m.end() >= core.1);
            if ok && best.map_or(true, |h| rank(place) < rank(h.place)) {
                best = Some(hit);
            }
        }
        if best.is_some_and(|h| h.place == Whole) {
            return best;
        }
        if let (Some(c), Some(h)) = (covered_to, first_whole) {
            if c >= core.1 {
                return Some(h);
            }
        }
        offsets.rewind();
        for m in self.matches(lower.as_bytes(), lowered.other_script) {
            let (phrase, place, label) = self.phrases[m.pattern().as_usize()];
            if !at_word_boundaries(&m, phrase, &mut offsets) {
                continue;
            }
            let ok = match place {
                Counted => m.start() > core.0 && heads_comments(&lower[core.0..m.start()], &lower[m.end()..]),
                _ => true,
            };
            // A phrase that starts before a `Prefix` one and runs into it,
            // or a longer one that starts with it, wins, as the leftmost and
            // then the longest did when all phrases were one search:
            // "(photo:" over "photo:", "sign up for our newsletter" over
            // "sign up for".
            let overtakes = |h: Hit| {
                let at = h.at as usize;
                h.place == Prefix && ((m.start() < at && m.end() > at) || (m.start() == at && phrase.len() > h.phrase.len()))
            };
            if ok && (best.is_some_and(overtakes) || best.map_or(true, |h| rank(place) < rank(h.place))) {
                best = Some(Hit { label, phrase, place, at: m.start() as u32 });
            }
        }
        best
    }
}

/// The offset in `line` of an offset in `lower`, its lowercase (see
/// `features::normalize`: a no-break space there is a plain one, one byte
/// fewer). The two are walked together, char for char, forward, so the
/// lookups of one line in increasing order cost one walk (a lookup behind
/// the last walks again from the start). The lowercase has a char for each
/// of the line's ('İ' too: see `features::normalize`).
struct LineOffsets<'a> {
    lower: &'a str,
    line: &'a str,
    /// A char boundary of both, at the same char.
    at: (usize, usize),
}

impl<'a> LineOffsets<'a> {
    fn new(lower: &'a str, line: &'a str) -> Self {
        LineOffsets { lower, line, at: (0, 0) }
    }

    /// Lookups start again from the start.
    fn rewind(&mut self) {
        self.at = (0, 0);
    }

    fn line_offset(&mut self, i: usize) -> Option<usize> {
        // Of the same length, the two go byte for byte: the other lowercases
        // keep the length of their chars, but for a few rare letters (Ⱥ, Ⱦ,
        // the Kelvin sign), left aside.
        if self.lower.len() == self.line.len() {
            return Some(i);
        }
        if i < self.at.0 {
            // (a shorter phrase after a longer one: walked again from the start)
            self.at = (0, 0);
        }
        while self.at.0 < i {
            let a = self.lower[self.at.0..].chars().next()?;
            let b = self.line[self.at.1..].chars().next()?;
            self.at = (self.at.0 + a.len_utf8(), self.at.1 + b.len_utf8());
        }
        (self.at.0 == i).then_some(self.at.1)
    }
}

/// Whether a `Counted` phrase between `count` and `rest` heads the comments,
/// as blog themes print it: a count of digits or a "one" ("12 ", "Ein "),
/// then the title in quotes ("12 thoughts on “Title”"); or, with a count in
/// digits, a title with no sentence end ("3 Responses to Title"). Without
/// quotes, "A response to the letter was sent…" and "2 responses to the
/// survey stood out." are sentences.
fn heads_comments(count: &str, rest: &str) -> bool {
    /// "one" in the languages of the `Counted` phrases.
    const ONE: [&str; 17] =
        ["one", "a", "ein", "eine", "une", "un", "uno", "una", "um", "uma", "één", "een", "jeden", "jedna", "один", "одна", "одно"];
    let Some(n) = count.strip_suffix(' ') else { return false };
    let digits = !n.is_empty() && n.len() <= LEADING_COUNT_MAX_DIGITS && n.bytes().all(|b| b.is_ascii_digit());
    if !digits && !ONE.iter().any(|one| one.eq_ignore_ascii_case(n)) {
        return false;
    }
    let title = rest.trim();
    let quoted = title.starts_with(['“', '"', '«', '„', '‘', '\'', '‹', '「', '»']);
    let sentence_end = |s: &str| s.as_bytes().windows(2).any(|w| matches!(w, [b'.' | b'!' | b'?', b' '])) || s.ends_with(['.', '!', '?', '…']);
    quoted || (digits && !title.is_empty() && !sentence_end(title))
}

/// The length of the count that opens `s`, with the spaces after it: one
/// to `LEADING_COUNT_MAX_DIGITS` ASCII digits and a space ("12 "), or 0.
fn leading_count_len(s: &str) -> usize {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > LEADING_COUNT_MAX_DIGITS || s.as_bytes().get(digits) != Some(&b' ') {
        return 0;
    }
    digits + s[digits..].bytes().take_while(|&b| b == b' ').count()
}

/// The most digits of a count before a `Whole` phrase.
const LEADING_COUNT_MAX_DIGITS: usize = 6;

/// Whether `s` holds no letter or digit.
fn only_separators(s: &str) -> bool {
    !s.chars().any(char::is_alphanumeric)
}

fn starts_with_word_char(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphanumeric)
}

fn ends_with_word_char(s: &str) -> bool {
    s.chars().next_back().is_some_and(char::is_alphanumeric)
}

fn is_word_char_at(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether a small letter ends `s[..i]` and a capital starts `s[i..]`
/// (letters of the alphabets in the char table; CJK has no case).
fn is_camel_boundary(s: &str, i: usize) -> bool {
    use crate::features::{char_table, ALPHABETIC, UPPER};
    let table = char_table();
    // the class bits and the lowercase of `c`, for a char in the table
    let entry = |c: char| table.get(c as usize).map(|&e| ((e >> 24) as u8, e & 0xFF_FFFF));
    let capital = |c: char| entry(c).is_some_and(|(class, _)| class & UPPER != 0);
    let small = |c: char| entry(c).is_some_and(|(class, lower)| class & (ALPHABETIC | UPPER) == ALPHABETIC && lower == c as u32);
    s.is_char_boundary(i) && s[i..].chars().next().is_some_and(capital) && s[..i].chars().next_back().is_some_and(small)
}

fn is_word_char_before(s: &str, i: usize) -> bool {
    s[..i].chars().next_back().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(line: &str) -> Option<(Label, Place)> {
        Lexicon::get().find_in_line(line, &mut String::new(), false, None).map(|h| (h.label, h.place))
    }

    /// The byline phrases are the last group, and all `Prefix`: the tests
    /// of a byline's label alone and of a byline beside a date
    /// (`meta::byline_phrases`) read only the list's last run of them.
    #[test]
    fn the_byline_phrases_close_the_list() {
        let list = phrases();
        let run = list.iter().rev().take_while(|p| p.2 == Label::Byline).count();
        assert!(run > 0 && list.iter().filter(|p| p.2 == Label::Byline).count() == run);
        assert!(list.iter().rev().take(run).all(|p| p.1 == Place::Prefix));
    }

    /// A line of ASCII, searched as it is, gives what its lowercase copy
    /// gives: every phrase in three cases, alone and in a line, and random
    /// lines of phrases in random case.
    #[test]
    fn an_ascii_line_is_searched_as_its_lowercase_would_be() {
        let lex = Lexicon::get();
        let check = |line: &str| {
            let mut buf = String::new();
            let lowered = normalize(line, &mut buf);
            let expected = lex.find(&buf, line, lowered);
            assert_eq!(lex.find_in_line(line, &mut String::new(), false, None), expected, "{line:?}");
            let mut buf = String::new();
            let lead_in = Lowered { core: (normalize(line, &mut buf).core.0, usize::MAX), ..lowered };
            assert_eq!(lex.find_in_line(line, &mut String::new(), true, None), lex.find(&buf, line, lead_in), "{line:?} as a lead-in");
            expected.is_some()
        };
        let mut found = 0;
        for (phrase, ..) in phrases().iter().filter(|p| p.0.is_ascii()) {
            let title: String = phrase.split(' ').map(|w| w.get(..1).map_or(String::new(), |c| c.to_ascii_uppercase() + &w[1..])).collect::<Vec<_>>().join(" ");
            for line in [phrase.to_string(), phrase.to_ascii_uppercase(), title.clone(), format!("12 {title} \"The Day\""), format!("One {title} \"The Day\""), format!("- {title} (3)")] {
                found += usize::from(check(&line));
            }
        }
        assert!(found > 1000, "only {found} lines found");
        let piece = (0..phrases().len(), "[a-zA-Z .,:()0-9\"]{0,6}", proptest::bool::ANY);
        proptest::proptest!(|(pieces in proptest::collection::vec(piece, 0..6))| {
            let mut line = String::new();
            for (i, filler, upper) in pieces {
                let phrase = phrases()[i].0;
                if phrase.is_ascii() {
                    line.push_str(&if upper { phrase.to_ascii_uppercase() } else { phrase.to_string() });
                }
                line.push_str(&filler);
            }
            check(&line);
        });
    }

    /// The search loops of `Lexicon::matches` and `Heads::longest_at` find
    /// what aho-corasick's own searches find with the same settings, over the
    /// same phrases: every phrase, phrases run together and overlapping, and
    /// random texts made of phrases, parts of phrases (which lead the
    /// automaton deep before it falls back) and other chars. The `Anywhere`
    /// and `Counted` phrases are searched for unanchored, the others
    /// anchored at every char boundary.
    #[test]
    fn the_search_loops_agree_with_aho_corasick() {
        let reference = |head: bool| {
            let ids: Vec<usize> = (0..phrases().len()).filter(|&i| is_head(phrases()[i].1) == head).collect();
            let ac = aho_corasick::AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .start_kind(if head { aho_corasick::StartKind::Anchored } else { aho_corasick::StartKind::Unanchored })
                .build(ids.iter().map(|&i| phrases()[i].0))
                .expect("the phrases are valid");
            (ac, ids)
        };
        let ((loose, loose_ids), (heads, head_ids)) = (reference(false), reference(true));
        let in_phrases = |m: Match, ids: &[usize]| Match::must(ids[m.pattern().as_usize()], m.range());
        let lex = Lexicon::get();
        let check = |hay: &str| {
            let ours: Vec<Match> = lex.matches(hay.as_bytes(), hay.chars().any(is_other_script)).collect();
            let theirs: Vec<Match> = loose.find_iter(hay).map(|m| in_phrases(m, &loose_ids)).collect();
            assert_eq!(ours, theirs, "{hay:?}");
            let mut found = ours.len();
            for at in (0..=hay.len()).filter(|&at| hay.is_char_boundary(at)) {
                let ours = lex.heads.longest_at(hay.as_bytes(), at);
                let input = aho_corasick::Input::new(hay).range(at..).anchored(Anchored::Yes);
                let theirs = heads.find(input).map(|m| in_phrases(m, &head_ids));
                assert_eq!(ours, theirs, "{hay:?} at {at}");
                found += usize::from(ours.is_some_and(|m| m.start() == 0));
            }
            found
        };
        for (i, &(a, ..)) in phrases().iter().enumerate() {
            let b = phrases()[(i + 1) % phrases().len()].0;
            assert!(check(a) >= 1, "{a:?} alone is not found");
            check(&format!("{a}{b}"));
            check(&format!("x{a} {b}y {a}{a}"));
            check(&format!("{} {b}", a.to_ascii_uppercase()));
            check(&a[..a.char_indices().last().map_or(0, |(i, _)| i)]);
        }
        let piece = (0..phrases().len(), 0..60usize, "[a-z .,:()’éж0-9]{0,5}");
        proptest::proptest!(|(pieces in proptest::collection::vec(piece, 0..10))| {
            let mut hay = String::new();
            for (i, cut, filler) in pieces {
                let phrase = phrases()[i].0;
                let end = phrase.char_indices().map(|(at, _)| at).chain([phrase.len()]).find(|&at| at >= cut).unwrap_or(phrase.len());
                hay.push_str(&phrase[..end]);
                hay.push_str(&filler);
            }
            check(&hay);
            check(&hay.to_ascii_uppercase());
        });
    }

    #[test]
    fn a_count_then_a_comments_phrase_heads_the_comments() {
        for line in [
            "12 thoughts on “How we built the bridge”",
            "One thought on “How we built the bridge”",
            "3 Responses to How we built the bridge",
            "Ein Kommentar zu „Wie wir die Brücke bauten“",
            "45 Gedanken zu „Wie wir die Brücke bauten“",
            "2 réflexions sur « Comment nous avons construit le pont »",
            "7 комментариев к «Как мы строили мост»",
        ] {
            assert_eq!(find(line), Some((Comments, Counted)), "{line}");
        }
        // without a count, the words may open a sentence, and so they may
        // after an article or a count when no quoted title follows
        for line in [
            "Thoughts on the budget differ between the two parties",
            "Responses to the survey came from every county",
            "The 12 thoughts on the bridge were all written down",
            "1. Reply to every message within a day",
            "A response to the letter was sent by the mayor on Friday",
            "Une réponse à la crise s'impose",
            "Eine Antwort zu finden ist nicht leicht",
            "2 responses to the survey stood out. Both came from teachers.",
        ] {
            assert_eq!(find(line), None, "{line}");
        }
    }

    #[test]
    fn any_space_is_a_space() {
        assert_eq!(find("Leave a\u{a0}Reply"), Some((Comments, Whole)));
        // and a capital after a small letter still ends a phrase
        assert_eq!(find("Previous postHow we built the new\u{a0}bridge"), Some((Related, Prefix)));
        assert_eq!(find("İ this site uses akismetsXy\u{a0}z"), find("İ this site uses akismetsXy z"));
        assert_eq!(find("Partager\u{202f}sur Facebook"), Some((Share, Prefix)));
    }

    #[test]
    fn whole_phrases_need_the_whole_line() {
        assert_eq!(find("Share"), Some((Share, Whole)));
        assert_eq!(find("• Comments (12)"), Some((Comments, Whole)));
        assert_eq!(find("Share the load with your team"), None);
        // an author box's heading; the word in a sentence is none
        assert_eq!(find("Autor"), Some((AuthorBio, Whole)));
        assert_eq!(find("Об авторе"), Some((AuthorBio, Whole)));
        assert_eq!(find("Author of three novels and a play"), None);
    }

    /// An image viewer's controls mark their lines; the same words in a
    /// sentence do not.
    #[test]
    fn an_image_viewers_controls_are_navigation() {
        for line in ["Vollbild", "Click to enlarge", "Zum Vergrößern anklicken...", "Voir le diaporama", "› Next image"] {
            assert_eq!(find(line), Some((Navigation, Whole)), "{line}");
        }
        for line in ["Zoom in on the map to see the route.", "Die Behörde will das Angebot vergrößern.", "Enlarge the window to full screen"] {
            assert_eq!(find(line), None, "{line}");
        }
    }

    /// A video player's labels mark their lines; the same words in a
    /// sentence do not.
    #[test]
    fn a_video_players_controls_are_navigation() {
        for line in ["Video Player is loading.", "Play Video", "Mute", "Current Time 0:00", "Loaded: 0%", "Skip Ad", "Werbung überspringen"] {
            assert_eq!(find(line), Some((Navigation, Whole)), "{line}");
        }
        for line in ["Play the video again to hear the chorus.", "Mute swans nest on the river every spring.", "Duration 0:00 is what the meter showed."] {
            assert_eq!(find(line), None, "{line}");
        }
    }

    /// The line a news site sets where an ad interrupts the article, in
    /// several languages, marks an advertisement; the same words inside a
    /// sentence do not (a `Prefix` phrase counts where the line opens).
    #[test]
    fn the_line_over_an_ad_inside_an_article_is_advertising() {
        for line in [
            "Story continues below",
            "La suite après la publicité",
            "Continua após a publicidade",
            "Lees verder na de advertentie",
            "Artikeln fortsätter under annonsen",
            "Saken fortsetter under annonsen",
            "Artiklen fortsætter under annoncen",
            "Dalsza część artykułu pod reklamą",
            "Pokračování článku pod reklamou",
            "Mainos päättyy",
        ] {
            assert_eq!(find(line).map(|(label, _)| label), Some(Advertising), "{line}");
        }
        for line in ["The story continues below the surface, where the divers found the wreck.", "Elle a dit que la suite après la publicité du film serait décevante."] {
            assert_eq!(find(line), None, "{line}");
        }
    }

    /// An affiliate disclosure is advertising wherever it stands in its line;
    /// an article about such links, which names them, is not.
    #[test]
    fn affiliate_disclosures_are_advertising() {
        for line in [
            "Die mit (*) gekennzeichneten Links sind Affiliate-Links. Kaufst du darüber ein, erhalten wir eine kleine Vergütung.",
            "Die mit Sternchen gekennzeichneten Links sind sogenannte »Affiliate-Links«.",
            "This post may contain links for which we may earn a commission.",
        ] {
            assert_eq!(find(line).map(|(label, _)| label), Some(Advertising), "{line}");
        }
        for line in [
            "Viele Blogs verdienen ihr Geld mit Affiliate-Links, und die Leser merken davon oft nichts.",
            "Viele Blogger nutzen sogenannte Affiliate-Links, um Geld zu verdienen.",
            "Die meisten Links in diesem Vergleich sind Affiliate-Links, wie bei fast allen Testportalen.",
            "Affiliate links are how many review sites pay their writers.",
            "Wer als Amazon-Partner verkauft, zahlt eine Provision vom Händler an die Plattform.",
        ] {
            assert_eq!(find(line), None, "{line}");
        }
    }

    /// An ordered list's number before a line is read as a bullet is, as
    /// markdown writes a list of links ("1. Related", "12) Home"); a count
    /// ("12 Comments") still makes a counter, and a number with no space
    /// after it opens no list ("1.Home").
    #[test]
    fn an_ordered_lists_number_is_no_part_of_the_line() {
        assert_eq!(find("1. Related"), Some((Related, Whole)));
        assert_eq!(find("12) Home"), find("Home"));
        assert_eq!(find("3.\tImpressum"), Some((Legal, Whole)));
        assert_eq!(find("12 Comments"), Some((Comments, Prefix)));
        assert_eq!(find("1.Related"), None);
        assert_eq!(find("1234. Related"), None);
    }

    /// A login dialog's labels mark their lines; the same words in a
    /// sentence do not.
    #[test]
    fn a_login_dialogs_labels_are_navigation() {
        for line in ["Passwort vergessen?", "Mot de passe oublié ?", "Remember me", "Angemeldet bleiben", "Create an account", "Забыли пароль?", "Passwort vergessen? Registrieren"] {
            assert_eq!(find(line), Some((Navigation, Whole)), "{line}");
        }
        assert_eq!(find("Already have an account? Sign in"), Some((Navigation, Prefix)));
        assert_eq!(find("Your password must be at least twelve characters long, and a phrase is easier to remember."), None);
        assert_eq!(find("Remember me when the winter comes"), None);
    }

    #[test]
    fn a_whole_phrase_after_a_count_is_a_counter() {
        assert_found(&[
            ("12 Comments", Some((Comments, Prefix))),
            ("3 Kommentare", Some((Comments, Prefix))),
            ("0  Antworten:", Some((Comments, Prefix))),
            ("7 commentaires", Some((Comments, Prefix))),
            // the count of a `Prefix` phrase, too many digits, a sentence
            ("3 Read more about the plan", None),
            ("1234567 Comments", None),
            ("3 reasons to comment", None),
            ("12 comments were sent to the council", None),
        ]);
    }

    #[test]
    fn a_capital_after_a_small_letter_ends_a_phrase() {
        // link texts run together, as copied text often has them
        assert_eq!(find("Previous postHow we built the new bridge"), Some((Related, Prefix)));
        assert_eq!(find("Aviso LegalPrivacy Policy"), Some((Legal, Whole)));
        // but a word goes on through small letters, and a capital alone is no boundary
        assert_eq!(find("Previous postings of the council were lost"), None);
        assert_eq!(find("SharePoint"), None);
        assert_eq!(find("Share the load with your team"), None);
    }

    #[test]
    fn prefix_phrases_need_the_start() {
        assert_eq!(find("ALSO READ: Something else happened"), Some((Related, Prefix)));
        assert_eq!(find("He said we should also read it"), None);
    }

    #[test]
    fn anywhere_phrases_match_inside_words_boundaries_only() {
        assert_eq!(find("You are commenting using your Google account. Log Out / Change )"), Some((Comments, Anywhere)));
        assert_eq!(find("the bypass was closed"), None);
    }

    #[test]
    fn a_back_link_is_a_link_phrase() {
        assert_found(&[
            ("Back to Gallery", Some((Navigation, Link))),
            ("Zurück zum Inhaltsverzeichnis", Some((Navigation, Link))),
            ("Retour à l'accueil", Some((Navigation, Link))),
            ("Back to top", Some((Navigation, Whole))),
            ("Zurück zur Übersicht", Some((Navigation, Whole))),
            ("Back to Topics", Some((Navigation, Link))),
            ("Zurück zur Übersichtsseite", Some((Navigation, Link))),
            ("Torna all'indice", Some((Navigation, Link))),
            ("Back toward the sea", None),
            ("Zurück zumindest bis Montag", None),
            ("Voltar àquela casa", None),
        ]);
    }

    #[test]
    fn a_line_of_whole_phrases_is_whole() {
        assert_eq!(find("Share  Tweet | Email"), Some((Share, Whole)));
        assert_eq!(find("Share our Tweet"), None);
    }

    /// Checks what `find` gives for each line.
    fn assert_found(cases: &[(&str, Option<(Label, Place)>)]) {
        for &(line, expected) in cases {
            assert_eq!(find(line), expected, "{line}");
        }
    }

    /// Lines of the phrase families added last, and lines like them that
    /// are no furniture.
    #[test]
    fn notices_fields_and_furniture_beyond_the_corpora_are_found() {
        assert_found(&[
            ("Please enable JavaScript to view the comments.", Some((Boilerplate, Prefix))),
            ("Es gibt derzeit keine bevorstehenden Veranstaltungen.", Some((Boilerplate, Anywhere))),
            ("There are no upcoming events at this time.", Some((Boilerplate, Anywhere))),
            ("No upcoming events", Some((Boilerplate, Whole))),
            ("Aucun événement à venir.", Some((Boilerplate, Whole))),
            ("The band has no upcoming events scheduled this year.", None),
            ("Il n'y a aucun événement à venir dans la commune, a dit le maire.", None),
            ("To stay safe, update your browser and enable JavaScript only where needed.", None),
            ("Informujemy, że korzystamy z cookies.", Some((Legal, Anywhere))),
            ("Nous utilisons des cookies pour mesurer l'audience.", Some((Legal, Anywhere))),
            ("Email (required)", Some((Comments, Prefix))),
            ("Name (erforderlich)", Some((Comments, Prefix))),
            ("Das könnte dir auch gefallen", Some((Related, Anywhere))),
            // a parameter marked so in documentation is no field
            ("Set the key parameter (required) before the first call.", None),
            // languages beyond the corpora
            ("Baca juga: Harga beras naik lagi", Some((Related, Prefix))),
            // "more", "read also" and a teaser's "read on" link in their languages
            ("Ver más", Some((Related, Whole))),
            ("Scopri di più", Some((Related, Whole))),
            ("Подробнее", Some((Related, Whole))),
            ("Čítajte tiež: Vláda schválila rozpočet", Some((Related, Prefix))),
            ("Pročitajte još: Vlada usvojila proračun", Some((Related, Prefix))),
            ("weiter lesen", Some((Related, Prefix))),
            ("Leggi tutto", Some((Related, Prefix))),
            ("Seguir leyendo:", Some((Related, Prefix))),
            ("Ler mais", Some((Related, Prefix))),
            ("Czytaj dalej »", Some((Related, Prefix))),
            ("Číst dále", Some((Related, Prefix))),
            ("LÄS OCKSÅ", Some((Related, Prefix))),
            ("Kaikki oikeudet pidätetään.", Some((Legal, Anywhere))),
            ("Εφημερίδα 2024. Όλα τα δικαιώματα διατηρούνται.", Some((Legal, Anywhere))),
            ("جميع الحقوق محفوظة", Some((Legal, Anywhere))),
            ("댓글", Some((Comments, Whole))),
            ("ये भी पढ़ें: दिल्ली में फिर बढ़ा प्रदूषण", Some((Related, Prefix))),
            ("اترك تعليقاً", Some((Comments, Whole))),
            ("اترك تعليقًا", Some((Comments, Whole))),
            ("แสดงความคิดเห็น", Some((Comments, Whole))),
            ("อ่านเพิ่มเติม", Some((Related, Prefix))),
            ("צור קשר", Some((Navigation, Whole))),
            ("ข่าวที่เกี่ยวข้อง", Some((Related, Prefix))),
            ("หน้าแรก", Some((Navigation, Whole))),
            // a Whole phrase inside a sentence is a word of the sentence
            ("Yorumlar ve eleştiriler bu hafta arttı.", None),
            // a sign-up to the site's newsletter, and a newsletter in the news
            ("Stay up to date with us. Subscribe to our newsletter.", Some((Newsletter, Anywhere))),
            ("Melden Sie sich für unseren Newsletter an!", Some((Newsletter, Anywhere))),
            ("o suscribirse a nuestra newsletter.", Some((Newsletter, Anywhere))),
            ("El alcalde dio las gracias a nuestra newsletter por la encuesta.", None),
            ("The mayor wrote about the plan in her own newsletter last week.", None),
            // blog software's strings in its translations
            ("Springe zum Inhalt", Some((Navigation, Prefix))),
            ("Przejdź do treści", Some((Navigation, Prefix))),
            ("Los campos obligatorios están marcados con *", Some((Comments, Anywhere))),
            ("Ваш адрес email не будет опубликован. Обязательные поля помечены *", Some((Comments, Anywhere))),
            ("Laat een reactie achter", Some((Comments, Whole))),
            // a blog sidebar's widgets, in the platform's translations
            ("Recent Comments", Some((Related, Whole))),
            ("Neueste Kommentare", Some((Related, Whole))),
            ("Commentaires récents", Some((Related, Whole))),
            ("Entradas recientes", Some((Related, Whole))),
            ("Свежие комментарии", Some((Related, Whole))),
            ("Recent comments from readers show that the plan is popular.", None),
            ("Search for:", Some((Navigation, Whole))),
            // a Turkish capital İ reads as i ("i̇", with a dot above, before)
            ("İlgili Haberler", Some((Related, Whole))),
            ("İçeriğe geç", Some((Navigation, Prefix))),
            ("Download the app", Some((Advertising, Whole))),
            ("Search for the missing hikers went on through the night.", None),
            ("Laat een reactie achter op de website van de gemeente.", None),
            // a consent box's label, a shop's partner notice, a comment form's heading
            ("Ich habe die Datenschutzerklärung gelesen und akzeptiere sie.", Some((Legal, Prefix))),
            ("I agree to the privacy policy *", Some((Legal, Prefix))),
            ("I accept the Privacy Policy and the terms.", Some((Legal, Prefix))),
            ("As an Amazon Associate I earn from qualifying purchases.", Some((Advertising, Anywhere))),
            ("Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.", Some((Advertising, Anywhere))),
            ("Kommentar erstellen", Some((Comments, Whole))),
            ("Neuen Kommentar schreiben", Some((Comments, Whole))),
            ("J’accepte la politique de confidentialité *", Some((Legal, Prefix))),
            ("He leído y acepto la Política de Privacidad", Some((Legal, Prefix))),
            ("Ho letto e accetto la Privacy Policy", Some((Legal, Prefix))),
            ("Acconsento al trattamento dei dati personali ai sensi del GDPR.", Some((Legal, Prefix))),
            ("Li e aceito a Política de Privacidade.", Some((Legal, Prefix))),
            ("Ik ga akkoord met het privacybeleid", Some((Legal, Prefix))),
            ("En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises.", Some((Advertising, Anywhere))),
            ("Como Afiliado de Amazon, obtengo ingresos por las compras adscritas que cumplen los requisitos aplicables.", Some((Advertising, Anywhere))),
            ("In qualità di Affiliato Amazon io ricevo un guadagno dagli acquisti idonei.", Some((Advertising, Anywhere))),
            ("Als Amazon-partner verdien ik aan kwalificerende aankopen.", Some((Advertising, Anywhere))),
            // prose that talks of the same things
            ("Le client qui coche « j’accepte la politique de confidentialité » reste libre de la refuser.", None),
            ("Según el estudio, quien dice «acepto la política de privacidad» rara vez la ha leído.", None),
            ("Secondo il garante, chi scrive «accetto la privacy policy» non rinuncia ai suoi diritti.", None),
            ("Bevor Sie unterschreiben: Ich habe die Datenschutzerklärung gelesen, sagte sie.", None),
            ("Wer als Amazon-Partner verkauft, zahlt eine Provision vom Händler an die Plattform.", None),
            ("Sellers who join as an Amazon associate say the fees keep rising.", None),
            ("Wir wollten einen neuen Kommentar schreiben, doch die Seite war gesperrt.", None),
        ]);
    }

    /// A newsletter pasted from the mail: its head and foot, and a sign-up
    /// form's promise that one can leave, are newsletter lines; sentences
    /// that merely talk of browsers or subscriptions are not.
    #[test]
    fn a_newsletters_head_and_foot_are_newsletter_lines() {
        assert_found(&[
            ("View this email in your browser", Some((Newsletter, Prefix))),
            ("You are receiving this email because you signed up on our website.", Some((Newsletter, Anywhere))),
            ("Update your preferences or unsubscribe from this list.", Some((Newsletter, Anywhere))),
            ("No spam, we promise. You can unsubscribe at any time.", Some((Newsletter, Anywhere))),
            ("Unsubscribe", Some((Newsletter, Whole))),
            ("Forward to a friend", Some((Newsletter, Whole))),
            ("Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.", Some((Newsletter, Anywhere))),
            ("The council wants residents to view the plans in a browser before the meeting.", None),
            ("Readers who unsubscribe often come back within a year, the study found.", None),
        ]);
    }

    /// A newsletter read on the web asks to subscribe inside the post and
    /// hides its paid posts behind a paywall, a paywall asks whether the
    /// reader already subscribes (in English, German, French, Spanish or
    /// Portuguese here; Italian, Dutch and Russian in the lexicon too), and
    /// a sign-up form answers once sent: all are newsletter lines; a
    /// sentence about subscriptions or subscribers is not, nor a word that
    /// only starts like a phrase.
    #[test]
    fn a_newsletters_call_to_subscribe_and_paywall_are_newsletter_lines() {
        assert_found(&[
            ("Thanks for reading The Branch Line! Subscribe for free to receive new posts and support my work.", Some((Newsletter, Anywhere))),
            ("This post is for paid subscribers", Some((Newsletter, Anywhere))),
            ("Upgrade to paid to read the rest of this post", Some((Newsletter, Anywhere))),
            ("Jetzt kostenlos abonnieren und keine Ausgabe verpassen", Some((Newsletter, Anywhere))),
            ("Half of the newsletter's readers pay for a subscription, the survey found.", None),
            ("Readers who subscribe to receive the paper at home get it before six.", None),
            // the paywall's "already a subscriber?"
            ("Already subscribed? Log in", Some((Newsletter, Prefix))),
            ("Bereits Abonnent? Hier anmelden", Some((Newsletter, Prefix))),
            ("Déjà abonné ? Se connecter", Some((Newsletter, Prefix))),
            ("¿Ya eres suscriptor? Inicia sesión", Some((Newsletter, Prefix))),
            ("Já é assinante? Entre aqui", Some((Newsletter, Prefix))),
            ("If you are already a subscriber, log in to read on.", Some((Newsletter, Anywhere))),
            ("Bereits Abonnenten des Dienstes zahlen ab Mai mehr.", None),
            ("Those already subscribed to the service will pay more from May.", None),
            // the form's answer once sent
            ("You have been successfully subscribed!", Some((Newsletter, Anywhere))),
            ("Thanks for subscribing. Please check your inbox.", Some((Newsletter, Anywhere))),
            ("Vielen Dank für deine Anmeldung zum Newsletter!", Some((Newsletter, Anywhere))),
            ("Subscribers who cancel within a month get their money back.", None),
        ]);
    }

    /// A site's licence notice is legal furniture in any of the corpora's
    /// languages; news of something released under Creative Commons is not.
    #[test]
    fn licence_notices_are_legal_lines() {
        assert_found(&[
            ("Content of this site is licensed under a Creative Commons License", Some((Legal, Anywhere))),
            ("Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.", Some((Legal, Anywhere))),
            ("Dieses Blog steht unter einer Creative Commons Namensnennung 3.0 Lizenz.", Some((Legal, Anywhere))),
            ("Contenidos bajo licencia Creative Commons (CC-BY-NC) salvo donde se indique lo contrario.", Some((Legal, Anywhere))),
            ("Contenu disponible sous licence Creative Commons.", Some((Legal, Anywhere))),
            ("The carmaker releases its traffic data under Creative Commons.", None),
            ("The Creative Commons licences were first published in 2002.", None),
        ]);
    }

    /// Captions that say their picture only illustrates the story, in the
    /// languages whose press writes so, and prose that speaks of such pictures.
    #[test]
    fn illustration_and_archive_captions_are_found() {
        assert_found(&[
            ("Photo d’illustration. AFP", Some((Caption, Anywhere))),
            ("Des baguettes dans une boulangerie de Lyon (photo d'illustration). AFP", Some((Caption, Anywhere))),
            ("Imagen de archivo de la plaza mayor.", Some((Caption, Anywhere))),
            ("Foto di repertorio", Some((Caption, Anywhere))),
            ("Archivfoto: Der Bahnhof im Jahr 1990", Some((Caption, Prefix))),
            ("Le photographe a signé une exposition sur l'illustration de presse.", None),
        ]);
    }

    #[test]
    fn the_blog_comment_form_is_found_in_its_translations() {
        assert_found(&[
            ("Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )", Some((Comments, Anywhere))),
            ("Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:", Some((Comments, Anywhere))),
            ("Informiere mich über neue Beiträge per E-Mail.", Some((Comments, Anywhere))),
            ("Vous commentez à l’aide de votre compte WordPress.com.", Some((Comments, Anywhere))),
            ("Estás comentando usando tu cuenta de WordPress.com.", Some((Comments, Anywhere))),
            ("Stai commentando usando il tuo account WordPress.com.", Some((Comments, Anywhere))),
            ("Dieser Beitrag wurde unter Schulleben abgelegt und mit bloggen verschlagwortet.", Some((Navigation, Prefix))),
            ("Abgelegt unter: Geknipstes, Wetter", Some((Navigation, Prefix))),
            ("This post has no tags. Bookmark the permalink.", Some((Navigation, Anywhere))),
            ("Você está comentando utilizando sua conta WordPress.com.", Some((Comments, Anywhere))),
            ("Du kommentierst die Lage mit deinen eigenen Worten.", None),
            ("You can follow any responses to this entry through the RSS 2.0 feed.", Some((Comments, Anywhere))),
            ("Responses are currently closed, but you can trackback from your own site.", Some((Comments, Anywhere))),
            ("Geschrieben am 3. März 2015 in Allgemein. Kommentare und Pings sind derzeit nicht erlaubt.", Some((Comments, Anywhere))),
            ("The RSS 2.0 feed format was published in 2002.", None),
        ]);
    }

    #[test]
    fn a_cookie_banners_second_sentence_is_found() {
        assert_found(&[
            ("To find out more, including how to control cookies, see here: Cookie Policy", Some((Legal, Anywhere))),
            ("Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: Cookie-Richtlinie", Some((Legal, Anywhere))),
            ("Pour en savoir plus, y compris sur la façon de contrôler les cookies, reportez-vous à ce qui suit : Politique relative aux cookies", Some((Legal, Anywhere))),
            ("Para saber más, incluido cómo controlar las cookies, consulta aquí: Política de cookies", Some((Legal, Anywhere))),
            ("Die EU-Kommission will die Cookie-Richtlinie im nächsten Jahr überarbeiten.", None),
        ]);
    }

    /// The placeholder of an embedded post or video, shown until the
    /// reader consents to load it from another site, is a legal line;
    /// sentences about outside content are not.
    #[test]
    fn an_embeds_placeholder_is_a_legal_line() {
        assert_found(&[
            ("An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.", Some((Legal, Anywhere))),
            ("Externer Inhalt", Some((Legal, Whole))),
            ("Click to load the video", Some((Legal, Prefix))),
            ("To view this content, you need to enable cookies.", Some((Legal, Prefix))),
            ("Um diesen Inhalt anzuzeigen, müssen Sie der Datenverarbeitung zustimmen.", Some((Legal, Prefix))),
            ("Pour afficher ce contenu, acceptez les cookies de réseaux sociaux.", Some((Legal, Prefix))),
            ("Para ver este contenido, acepta las cookies.", Some((Legal, Prefix))),
            ("Per visualizzare questo contenuto devi accettare i cookie.", Some((Legal, Prefix))),
            ("Om deze inhoud te bekijken, moet je cookies accepteren.", Some((Legal, Prefix))),
            ("Das Gericht verbot, einen externen Inhalt ohne Quelle zu übernehmen.", None),
            ("The site lets readers click to load more comments, the survey found.", None),
            ("Readers who want to view this content later can save it, the editor said.", None),
        ]);
    }

    /// What one leftmost-longest search of all phrases found: a phrase
    /// that runs into a `Prefix` one from before it, and a run of `Whole`
    /// phrases after a "©".
    #[test]
    fn the_leftmost_phrase_wins_as_before() {
        assert_eq!(find("(Photo: AP) The president said the talks would go on."), Some((Caption, Anywhere)));
        assert_eq!(find("Photo: AP"), Some((Caption, Prefix)));
        assert_eq!(find("Sign up for our newsletter and get the news first"), Some((Newsletter, Anywhere)));
        assert_eq!(find("© Share"), Some((Share, Whole)));
        assert_eq!(find("© 2024 The Daily Paper"), Some((Legal, Prefix)));
    }

    #[test]
    fn case_is_folded_beyond_ascii() {
        assert_eq!(find("ÄHNLICHE BEITRÄGE"), Some((Related, Whole)));
    }

    #[test]
    fn every_phrase_is_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (p, _, _) in phrases() {
            assert!(seen.insert(*p), "{p} is listed twice: only the first would ever match");
        }
    }

    #[test]
    fn every_phrase_is_lowercase_and_trimmed() {
        for (p, _, _) in phrases() {
            assert_eq!(*p, p.to_lowercase(), "{p}");
            assert_eq!(p.trim_start(), *p, "{p}");
        }
    }
}
