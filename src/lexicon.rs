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

/// (phrase in lowercase, place, label).
#[rustfmt::skip]
pub(crate) static PHRASES: &[(&str, Place, Label)] = &[
    // --- comments and comment forms
    // the heading over the comments: "12 thoughts on “Title”", in the words
    // of the common blog themes and their translations
    ("thoughts on", Counted, Comments), ("thought on", Counted, Comments), ("responses to", Counted, Comments),
    ("response to", Counted, Comments), ("replies to", Counted, Comments), ("reply to", Counted, Comments),
    ("replies on", Counted, Comments), ("reply on", Counted, Comments), ("comments on", Counted, Comments),
    ("comment on", Counted, Comments), ("gedanken zu", Counted, Comments), ("gedanke zu", Counted, Comments),
    ("antworten zu", Counted, Comments), ("antwort zu", Counted, Comments), ("kommentare zu", Counted, Comments),
    ("kommentar zu", Counted, Comments), ("réflexions sur", Counted, Comments), ("réflexion sur", Counted, Comments),
    ("réponses à", Counted, Comments), ("réponse à", Counted, Comments), ("commentaires sur", Counted, Comments),
    ("commentaire sur", Counted, Comments), ("comentarios en", Counted, Comments), ("comentario en", Counted, Comments),
    ("respuestas a", Counted, Comments), ("respuesta a", Counted, Comments), ("commenti su", Counted, Comments),
    ("commento su", Counted, Comments), ("risposte a", Counted, Comments), ("risposta a", Counted, Comments),
    ("pensieri su", Counted, Comments), ("reacties op", Counted, Comments), ("reactie op", Counted, Comments),
    ("gedachten over", Counted, Comments), ("comentários em", Counted, Comments), ("comentário em", Counted, Comments),
    ("comentários sobre", Counted, Comments), ("comentário sobre", Counted, Comments),
    ("respostas para", Counted, Comments), ("resposta para", Counted, Comments),
    ("komentarzy do", Counted, Comments), ("komentarze do", Counted, Comments), ("komentarz do", Counted, Comments),
    ("комментариев к", Counted, Comments), ("комментария к", Counted, Comments), ("комментарий к", Counted, Comments),
    ("leave a reply", Whole, Comments), ("leave a comment", Whole, Comments),
    ("post a comment", Whole, Comments), ("add a comment", Whole, Comments),
    ("write a comment", Whole, Comments), ("comments", Whole, Comments), ("comment", Whole, Comments),
    ("comment as", Whole, Comments), ("join the discussion", Whole, Comments),
    ("join the conversation", Whole, Comments), ("show comments", Whole, Comments),
    ("view comments", Whole, Comments), ("load comments", Whole, Comments),
    ("no comments", Whole, Comments), ("no comments yet", Whole, Comments),
    ("be the first to comment", Prefix, Comments), ("reply", Whole, Comments), ("antworten", Whole, Comments),
    ("you are commenting using your", Anywhere, Comments),
    ("your email address will not be published", Anywhere, Comments),
    ("required fields are marked", Anywhere, Comments),
    ("fill in your details below or click an icon to log in", Anywhere, Comments),
    // the same comment form in the blog platform's other languages
    ("du kommentierst mit deinem", Anywhere, Comments), ("trage deine daten unten ein", Anywhere, Comments),
    ("informiere mich über neue beiträge", Anywhere, Comments),
    ("vous commentez à l’aide de votre compte", Anywhere, Comments), ("vous commentez à l'aide de votre compte", Anywhere, Comments),
    ("estás comentando usando tu cuenta", Anywhere, Comments), ("stai commentando usando il tuo account", Anywhere, Comments),
    ("você está comentando utilizando sua conta", Anywhere, Comments),
    ("notify me of new comments", Anywhere, Comments), ("notify me of follow-up comments", Anywhere, Comments),
    ("notify me of new posts", Anywhere, Comments),
    ("save my name, email, and website in this browser", Anywhere, Comments),
    ("this site uses akismet", Anywhere, Comments),
    ("you must be logged in to post a comment", Anywhere, Comments),
    ("connecting to %s", Whole, Comments), ("cancel reply", Whole, Comments),
    ("log in to reply", Whole, Comments), ("post comment", Whole, Comments),
    ("kommentar schreiben", Whole, Comments), ("kommentare", Whole, Comments), ("kommentar", Whole, Comments),
    ("kommentieren", Whole, Comments), ("schreibe einen kommentar", Prefix, Comments),
    ("hinterlasse einen kommentar", Prefix, Comments), ("deine e-mail-adresse wird nicht veröffentlicht", Anywhere, Comments),
    ("ihre e-mail-adresse wird nicht veröffentlicht", Anywhere, Comments),
    ("erforderliche felder sind mit", Anywhere, Comments),
    ("laisser un commentaire", Whole, Comments), ("commentaires", Whole, Comments),
    ("votre adresse e-mail ne sera pas publiée", Anywhere, Comments),
    ("votre adresse de messagerie ne sera pas publiée", Anywhere, Comments),
    ("deja un comentario", Whole, Comments), ("comentarios", Whole, Comments), ("dejar un comentario", Whole, Comments),
    ("tu dirección de correo electrónico no será publicada", Anywhere, Comments),
    ("lascia un commento", Whole, Comments), ("commenti", Whole, Comments),
    ("il tuo indirizzo email non sarà pubblicato", Anywhere, Comments),
    ("deixe um comentário", Whole, Comments), ("comentários", Whole, Comments),
    ("reageer", Whole, Comments), ("reacties", Whole, Comments), ("geef een reactie", Prefix, Comments),
    ("komentarze", Whole, Comments), ("dodaj komentarz", Whole, Comments), ("skomentuj", Whole, Comments),
    ("комментарии", Whole, Comments), ("оставить комментарий", Whole, Comments), ("добавить комментарий", Whole, Comments),
    ("评论", Whole, Comments), ("发表评论", Whole, Comments), ("コメント", Whole, Comments),
    // --- share and follow
    ("share", Whole, Share), ("share this", Whole, Share), ("share this article", Whole, Share),
    ("share this story", Whole, Share), ("share this post", Whole, Share), ("share article", Whole, Share),
    ("share on facebook", Prefix, Share), ("share on twitter", Prefix, Share), ("share on linkedin", Prefix, Share),
    ("share on whatsapp", Prefix, Share), ("share via", Prefix, Share), ("share with", Whole, Share),
    ("tweet", Whole, Share), ("pin", Whole, Share), ("email", Whole, Share), ("e-mail", Whole, Share),
    ("print", Whole, Share), ("copy link", Whole, Share), ("facebook", Whole, Share), ("twitter", Whole, Share),
    ("linkedin", Whole, Share), ("whatsapp", Whole, Share), ("pinterest", Whole, Share), ("reddit", Whole, Share),
    ("instagram", Whole, Share), ("youtube", Whole, Share), ("telegram", Whole, Share), ("xing", Whole, Share),
    ("tumblr", Whole, Share), ("flipboard", Whole, Share), ("messenger", Whole, Share), ("rss", Whole, Share),
    ("like this", Whole, Share), ("like", Whole, Share), ("like this:", Whole, Share), ("like loading", Prefix, Share),
    ("share this:", Whole, Share), ("click to share on", Prefix, Share), ("click to email", Prefix, Share),
    ("click to print", Prefix, Share), ("follow us", Prefix, Share), ("follow me", Prefix, Share),
    ("folge uns", Prefix, Share), ("folgen sie uns", Prefix, Share), ("teilen", Whole, Share),
    ("artikel teilen", Whole, Share), ("beitrag teilen", Whole, Share), ("drucken", Whole, Share),
    ("teilen auf", Prefix, Share), ("auf facebook teilen", Whole, Share), ("per e-mail teilen", Whole, Share),
    ("partager", Whole, Share), ("partager sur", Prefix, Share), ("imprimer", Whole, Share), ("suivez-nous", Prefix, Share),
    ("compartir", Whole, Share), ("compartir en", Prefix, Share), ("síguenos", Prefix, Share), ("siguenos", Prefix, Share), ("imprimir", Whole, Share),
    ("condividi", Whole, Share), ("seguici", Prefix, Share), ("compartilhar", Whole, Share), ("delen", Whole, Share),
    ("udostępnij", Whole, Share), ("drukuj", Whole, Share), ("поделиться", Whole, Share), ("分享", Whole, Share),
    // --- related and teasers
    ("also read", Prefix, Related), ("read also", Prefix, Related), ("read more", Prefix, Related),
    ("read next", Prefix, Related), ("see also", Prefix, Related), ("related", Whole, Related),
    ("related articles", Whole, Related), ("related posts", Whole, Related), ("related stories", Whole, Related),
    ("related content", Whole, Related), ("related news", Whole, Related), ("related topics", Whole, Related),
    ("related:", Prefix, Related), ("more from", Prefix, Related), ("more on this", Prefix, Related),
    ("more stories", Whole, Related), ("more news", Whole, Related), ("more articles", Whole, Related),
    ("you may also like", Prefix, Related), ("you might also like", Prefix, Related),
    ("you may be interested in", Prefix, Related), ("recommended for you", Prefix, Related),
    ("recommended", Whole, Related), ("most popular", Prefix, Related), ("most read", Prefix, Related),
    ("most viewed", Prefix, Related), ("trending", Whole, Related), ("trending now", Whole, Related),
    ("popular posts", Whole, Related), ("recent posts", Whole, Related), ("latest news", Whole, Related),
    ("latest stories", Whole, Related), ("latest articles", Whole, Related), ("top stories", Whole, Related),
    ("editor's picks", Whole, Related), ("don't miss", Prefix, Related), ("previous article", Prefix, Related),
    ("next article", Prefix, Related), ("previous post", Prefix, Related), ("next post", Prefix, Related),
    ("show more", Whole, Related), ("load more", Whole, Related), ("more", Whole, Related),
    ("continue reading", Prefix, Related), ("click here", Prefix, Related), ("watch:", Prefix, Related),
    ("lesen sie auch", Prefix, Related), ("lesen sie mehr", Prefix, Related), ("auch interessant", Prefix, Related),
    ("das könnte sie auch interessieren", Prefix, Related), ("weiterlesen", Prefix, Related),
    ("mehr zum thema", Prefix, Related), ("mehr lesen", Whole, Related), ("mehr dazu", Prefix, Related),
    ("ähnliche beiträge", Whole, Related), ("ähnliche artikel", Whole, Related), ("verwandte artikel", Whole, Related),
    ("weitere artikel", Whole, Related), ("weitere informationen", Whole, Related), ("weitere beiträge", Whole, Related),
    ("zum artikel", Prefix, Related), ("mehr", Whole, Related), ("meistgelesen", Prefix, Related),
    ("neueste beiträge", Whole, Related), ("letzte beiträge", Whole, Related), ("vorheriger beitrag", Prefix, Related),
    ("nächster beitrag", Prefix, Related), ("lire aussi", Prefix, Related), ("à lire aussi", Prefix, Related),
    ("lire la suite", Prefix, Related), ("voir aussi", Prefix, Related), ("articles similaires", Whole, Related),
    ("sur le même sujet", Prefix, Related), ("les plus lus", Prefix, Related), ("lee también", Prefix, Related),
    ("leer más", Prefix, Related), ("te puede interesar", Prefix, Related), ("noticias relacionadas", Whole, Related), ("artículos relacionados", Prefix, Related),
    ("leggi anche", Prefix, Related), ("articoli correlati", Whole, Related),
    ("leia também", Prefix, Related), ("leia mais", Prefix, Related), ("lees ook", Prefix, Related),
    ("lees meer", Prefix, Related), ("czytaj też", Prefix, Related), ("czytaj także", Prefix, Related),
    ("czytaj więcej", Prefix, Related), ("zobacz też", Prefix, Related), ("zobacz także", Prefix, Related),
    ("читайте также", Prefix, Related), ("читать далее", Prefix, Related), ("похожие статьи", Whole, Related),
    ("相关文章", Prefix, Related), ("相关阅读", Prefix, Related), ("延伸阅读", Prefix, Related), ("関連記事", Prefix, Related),
    // --- navigation
    ("home", Whole, Navigation), ("menu", Whole, Navigation), ("main menu", Whole, Navigation),
    ("search", Whole, Navigation), ("skip to content", Prefix, Navigation), ("skip to main content", Prefix, Navigation),
    ("jump to", Prefix, Navigation), ("back to top", Whole, Navigation), ("to top", Whole, Navigation),
    ("top", Whole, Navigation), ("sign in", Whole, Navigation), ("log in", Whole, Navigation), ("login", Whole, Navigation),
    ("log out", Whole, Navigation), ("register", Whole, Navigation), ("sign up", Whole, Navigation),
    ("my account", Whole, Navigation), ("next", Whole, Navigation), ("previous", Whole, Navigation),
    ("prev", Whole, Navigation), ("close", Whole, Navigation), ("open", Whole, Navigation), ("toggle navigation", Whole, Navigation),
    ("navigation", Whole, Navigation), ("sitemap", Whole, Navigation), ("site map", Whole, Navigation),
    ("contact", Whole, Navigation), ("contact us", Whole, Navigation), ("about us", Whole, Navigation),
    ("about", Whole, Navigation), ("archive", Whole, Navigation), ("archives", Whole, Navigation),
    ("categories", Whole, Navigation), ("tags", Whole, Navigation), ("tags:", Prefix, Navigation),
    ("tagged", Prefix, Navigation), ("filed under", Prefix, Navigation), ("posted in", Prefix, Navigation),
    ("categories:", Prefix, Navigation), ("category:", Prefix, Navigation), ("topics:", Prefix, Navigation),
    ("you are here", Prefix, Navigation), ("breadcrumb", Prefix, Navigation), ("page", Whole, Navigation),
    ("go to", Prefix, Navigation), ("view all", Whole, Navigation), ("see all", Whole, Navigation), ("all", Whole, Navigation),
    ("startseite", Whole, Navigation), ("suche", Whole, Navigation), ("suchen", Whole, Navigation),
    ("zum inhalt springen", Prefix, Navigation), ("direkt zum inhalt", Prefix, Navigation), ("nach oben", Whole, Navigation),
    ("zurück", Whole, Navigation), ("weiter", Whole, Navigation), ("anmelden", Whole, Navigation), ("abmelden", Whole, Navigation),
    ("registrieren", Whole, Navigation), ("kontakt", Whole, Navigation), ("über uns", Whole, Navigation),
    ("schlagworte", Prefix, Navigation), ("schlagwörter", Prefix, Navigation), ("kategorien", Whole, Navigation),
    ("kategorie:", Prefix, Navigation), ("veröffentlicht in", Prefix, Navigation), ("sie sind hier", Prefix, Navigation),
    ("navigation überspringen", Prefix, Navigation), ("hauptmenü", Whole, Navigation), ("seite", Whole, Navigation),
    ("accueil", Whole, Navigation), ("rechercher", Whole, Navigation), ("retour en haut", Whole, Navigation),
    ("se connecter", Whole, Navigation), ("inicio", Whole, Navigation), ("buscar", Whole, Navigation),
    ("volver arriba", Whole, Navigation), ("iniciar sesión", Whole, Navigation), ("cerca", Whole, Navigation),
    ("página inicial", Whole, Navigation), ("zoeken", Whole, Navigation), ("strona główna", Whole, Navigation),
    ("szukaj", Whole, Navigation), ("zaloguj się", Whole, Navigation), ("главная", Whole, Navigation),
    ("поиск", Whole, Navigation), ("войти", Whole, Navigation), ("首页", Whole, Navigation), ("ホーム", Whole, Navigation),
    // --- newsletter, subscription, paywall
    ("subscribe", Whole, Newsletter), ("subscribe now", Whole, Newsletter), ("subscribe to", Prefix, Newsletter),
    ("sign up for", Prefix, Newsletter), ("sign up to", Prefix, Newsletter), ("newsletter", Whole, Newsletter),
    ("get our newsletter", Prefix, Newsletter), ("join our newsletter", Prefix, Newsletter),
    ("enter your email", Prefix, Newsletter), ("your email address", Whole, Newsletter),
    ("to read the full story", Prefix, Newsletter), ("already a subscriber", Prefix, Newsletter),
    ("subscribe to continue reading", Prefix, Newsletter), ("become a member", Prefix, Newsletter),
    ("support our journalism", Prefix, Newsletter), ("newsletter abonnieren", Prefix, Newsletter),
    ("jetzt abonnieren", Prefix, Newsletter), ("abonnieren", Whole, Newsletter), ("abonnez-vous", Prefix, Newsletter),
    ("s'abonner", Whole, Newsletter), ("suscríbete", Prefix, Newsletter), ("suscribirse", Whole, Newsletter),
    ("iscriviti", Prefix, Newsletter), ("assine", Whole, Newsletter), ("subskrybuj", Whole, Newsletter),
    ("подписаться", Whole, Newsletter), ("订阅", Whole, Newsletter),
    // --- a newsletter's own head and foot (a newsletter pasted from the mail), and
    // the sign-up form's promise that one can leave
    ("view this email in your browser", Prefix, Newsletter), ("view in browser", Whole, Newsletter),
    ("view it in your browser", Anywhere, Newsletter), ("view this email online", Prefix, Newsletter),
    ("im browser ansehen", Anywhere, Newsletter), ("im browser anzeigen", Anywhere, Newsletter),
    ("voir la version en ligne", Anywhere, Newsletter), ("afficher dans le navigateur", Anywhere, Newsletter),
    ("ver en el navegador", Anywhere, Newsletter), ("visualizza nel browser", Anywhere, Newsletter),
    ("you are receiving this email because", Anywhere, Newsletter), ("you're receiving this email because", Anywhere, Newsletter),
    ("you received this email because", Anywhere, Newsletter), ("you are receiving this newsletter because", Anywhere, Newsletter),
    ("sie erhalten diese e-mail, weil", Anywhere, Newsletter), ("sie erhalten diesen newsletter, weil", Anywhere, Newsletter),
    ("vous recevez cet e-mail car", Anywhere, Newsletter), ("vous recevez cet email car", Anywhere, Newsletter),
    ("recibes este correo porque", Anywhere, Newsletter), ("ricevi questa email perché", Anywhere, Newsletter),
    ("unsubscribe", Whole, Newsletter), ("unsubscribe from this list", Anywhere, Newsletter),
    ("unsubscribe at any time", Anywhere, Newsletter), ("update your preferences", Anywhere, Newsletter),
    ("manage your subscription", Anywhere, Newsletter), ("forward to a friend", Whole, Newsletter),
    ("our mailing address is", Prefix, Newsletter), ("newsletter abbestellen", Anywhere, Newsletter),
    ("jederzeit abbestellen", Anywhere, Newsletter), ("se désinscrire", Whole, Newsletter),
    ("désinscrire à tout moment", Anywhere, Newsletter), ("darse de baja", Whole, Newsletter),
    ("darte de baja en cualquier momento", Anywhere, Newsletter), ("annulla iscrizione", Whole, Newsletter),
    // --- a newsletter read on the web: the call to subscribe inside the post,
    // and the paywall of its paid posts
    ("subscribe for free", Anywhere, Newsletter), ("to receive new posts", Anywhere, Newsletter),
    ("kostenlos abonnieren", Anywhere, Newsletter), ("abonnez-vous gratuitement", Anywhere, Newsletter),
    ("suscríbete gratis", Anywhere, Newsletter), ("iscriviti gratuitamente", Anywhere, Newsletter),
    ("this post is for paid subscribers", Anywhere, Newsletter), ("upgrade to paid", Anywhere, Newsletter),
    // --- cookies, copyright, legal
    ("all rights reserved", Anywhere, Legal), ("alle rechte vorbehalten", Anywhere, Legal),
    ("tous droits réservés", Anywhere, Legal), ("todos los derechos reservados", Anywhere, Legal),
    ("tutti i diritti riservati", Anywhere, Legal), ("wszelkie prawa zastrzeżone", Anywhere, Legal),
    ("все права защищены", Anywhere, Legal), ("版权所有", Anywhere, Legal),
    ("copyright", Prefix, Legal), ("©", Prefix, Legal),
    ("this website uses cookies", Anywhere, Legal), ("this site uses cookies", Anywhere, Legal),
    ("we use cookies", Anywhere, Legal), ("uses cookies to", Anywhere, Legal), ("accept cookies", Anywhere, Legal),
    ("cookie policy", Anywhere, Legal), ("cookie settings", Anywhere, Legal), ("cookies", Whole, Legal),
    ("privacy policy", Whole, Legal), ("privacy", Whole, Legal), ("privacy notice", Whole, Legal),
    ("terms of use", Whole, Legal), ("terms of service", Whole, Legal), ("terms and conditions", Whole, Legal),
    ("terms & conditions", Whole, Legal), ("legal notice", Whole, Legal), ("disclaimer", Whole, Legal),
    ("accessibility", Whole, Legal), ("do not sell my personal information", Prefix, Legal),
    ("accept", Whole, Legal), ("accept all", Whole, Legal), ("i agree", Whole, Legal),
    ("impressum", Whole, Legal), ("datenschutz", Whole, Legal), ("datenschutzerklärung", Whole, Legal),
    ("nutzungsbedingungen", Whole, Legal), ("agb", Whole, Legal), ("cookie-einstellungen", Whole, Legal),
    ("diese website verwendet cookies", Anywhere, Legal), ("wir verwenden cookies", Anywhere, Legal),
    ("verwendet cookies", Anywhere, Legal), ("mentions légales", Whole, Legal), ("politique de confidentialité", Whole, Legal),
    ("ce site utilise des cookies", Anywhere, Legal), ("aviso legal", Whole, Legal), ("política de privacidad", Whole, Legal),
    ("política de cookies", Whole, Legal), ("utilizamos cookies", Anywhere, Legal),
    ("polityka prywatności", Whole, Legal), ("политика конфиденциальности", Whole, Legal),
    ("werden cookies", Anywhere, Legal), ("setzt cookies", Anywhere, Legal), ("nutzt cookies", Anywhere, Legal),
    ("unserer datenschutzerklärung", Anywhere, Legal), ("our privacy policy", Anywhere, Legal),
    ("notre politique de confidentialité", Anywhere, Legal), ("nuestra política de privacidad", Anywhere, Legal),
    // --- advertising
    ("advertisement", Whole, Advertising), ("advert", Whole, Advertising), ("adverts", Whole, Advertising), ("advertising", Whole, Advertising), ("sponsored", Whole, Advertising),
    ("sponsored content", Whole, Advertising), ("ad", Whole, Advertising), ("ads", Whole, Advertising),
    ("story continues below advertisement", Whole, Advertising), ("article continues below", Prefix, Advertising),
    ("continue reading below", Prefix, Advertising), ("scroll to continue with content", Whole, Advertising),
    ("anzeige", Whole, Advertising), ("werbung", Whole, Advertising), ("publicité", Whole, Advertising),
    ("publicidad", Whole, Advertising), ("pubblicità", Whole, Advertising), ("reklama", Whole, Advertising),
    ("реклама", Whole, Advertising), ("广告", Whole, Advertising), ("paid content", Whole, Advertising),
    ("advertentie", Whole, Advertising), ("publicidade", Whole, Advertising),
    // --- author boxes
    ("about the author", Whole, AuthorBio), ("about the authors", Whole, AuthorBio), ("über den autor", Whole, AuthorBio),
    ("über die autorin", Whole, AuthorBio), ("à propos de l'auteur", Whole, AuthorBio), ("sobre el autor", Whole, AuthorBio),
    ("view all posts by", Prefix, AuthorBio), ("more articles by", Prefix, AuthorBio), ("all posts by", Prefix, AuthorBio),
    ("posts by", Prefix, AuthorBio), ("alle beiträge von", Prefix, AuthorBio), ("alle artikel von", Prefix, AuthorBio),
    ("author", Whole, AuthorBio), ("the author", Whole, AuthorBio), ("about the writer", Whole, AuthorBio),
    ("author bio", Whole, AuthorBio), ("author info", Whole, AuthorBio),
    ("autor", Whole, AuthorBio), ("autorin", Whole, AuthorBio), ("der autor", Whole, AuthorBio), ("die autorin", Whole, AuthorBio),
    ("autoreninfo", Whole, AuthorBio), ("zum autor", Whole, AuthorBio), ("zur autorin", Whole, AuthorBio),
    ("l'auteur", Whole, AuthorBio), ("l'autrice", Whole, AuthorBio),
    ("sobre la autora", Whole, AuthorBio), ("sobre o autor", Whole, AuthorBio), ("sobre a autora", Whole, AuthorBio),
    ("l'autore", Whole, AuthorBio), ("sull'autore", Whole, AuthorBio), ("over de auteur", Whole, AuthorBio),
    ("o autorze", Whole, AuthorBio), ("об авторе", Whole, AuthorBio),
    // --- photo credits and captions
    ("photo:", Prefix, Caption), ("photo by", Prefix, Caption), ("photograph:", Prefix, Caption),
    ("picture:", Prefix, Caption), ("image:", Prefix, Caption), ("image credit", Prefix, Caption),
    ("credit:", Prefix, Caption), ("photo credit", Prefix, Caption), ("source: getty", Prefix, Caption),
    ("getty images", Anywhere, Caption), ("afp photo", Anywhere, Caption), ("(photo:", Anywhere, Caption),
    ("(photo by", Anywhere, Caption), ("(photo credit", Anywhere, Caption), ("(image:", Anywhere, Caption),
    ("(credit:", Anywhere, Caption), ("(file photo", Anywhere, Caption), ("foto:", Prefix, Caption),
    ("bild:", Prefix, Caption), ("(foto:", Anywhere, Caption), ("(bild:", Anywhere, Caption),
    ("bildquelle", Prefix, Caption), ("fotocredit", Prefix, Caption), ("crédit photo", Prefix, Caption),
    ("crédit :", Prefix, Caption), ("фото:", Prefix, Caption), ("(фото:", Anywhere, Caption),
    ("zdjęcie:", Prefix, Caption), ("fot.", Prefix, Caption), ("图片来源", Prefix, Caption),
    // a picture that illustrates rather than shows the story, as captions say
    ("photo d'illustration", Anywhere, Caption), ("photo d’illustration", Anywhere, Caption),
    ("image d'illustration", Anywhere, Caption), ("image d’illustration", Anywhere, Caption),
    ("foto de archivo", Anywhere, Caption), ("imagen de archivo", Anywhere, Caption),
    ("imagen ilustrativa", Anywhere, Caption), ("foto ilustrativa", Anywhere, Caption),
    ("foto d'archivio", Anywhere, Caption), ("foto d’archivio", Anywhere, Caption),
    ("foto di repertorio", Anywhere, Caption), ("immagine di repertorio", Anywhere, Caption),
    ("archivfoto", Prefix, Caption), ("archivbild", Prefix, Caption),
    // --- more related and teaser headings
    ("mehr zu", Prefix, Related), ("mehr zum", Prefix, Related), ("zum weiterlesen", Prefix, Related),
    ("auch lesen", Prefix, Related), ("ebenfalls interessant", Prefix, Related), ("empfohlen für dich", Prefix, Related),
    ("empfehlungen", Whole, Related), ("artikel zum thema", Prefix, Related),
    ("weitere themen", Prefix, Related), ("weitere aktuelle", Prefix, Related),
    ("aktuelle beiträge", Whole, Related), ("beliebte beiträge", Whole, Related), ("am meisten gelesen", Prefix, Related),
    ("das könnte dich auch interessieren", Prefix, Related), ("dies könnte sie auch interessieren", Prefix, Related),
    ("könnte sie auch interessieren", Anywhere, Related), ("könnte dich auch interessieren", Anywhere, Related),
    ("passend zum thema", Prefix, Related), ("top-artikel", Whole, Related), ("top artikel", Whole, Related),
    ("you might be interested in", Prefix, Related), ("more in", Prefix, Related), ("more like this", Whole, Related),
    ("read the full story", Prefix, Related), ("read full article", Prefix, Related), ("related reading", Prefix, Related),
    ("further reading", Whole, Related), ("recommended reading", Prefix, Related), ("popular now", Whole, Related),
    ("what to read next", Prefix, Related), ("up next", Whole, Related), ("keep reading", Prefix, Related),
    ("around the web", Whole, Related), ("from around the web", Whole, Related), ("promoted stories", Whole, Related),
    ("mirá también", Prefix, Related), ("mira también", Prefix, Related), ("ver también", Prefix, Related),
    ("le puede interesar", Prefix, Related), ("te puede gustar", Prefix, Related), ("también te puede interesar", Prefix, Related), ("você também pode gostar", Prefix, Related),
    ("más noticias", Whole, Related), ("lo más leído", Prefix, Related), ("últimas noticias", Whole, Related),
    ("veja também", Prefix, Related), ("você pode gostar", Prefix, Related),
    ("mais lidas", Prefix, Related), ("notícias relacionadas", Whole, Related), ("relacionados", Whole, Related),
    ("à lire également", Prefix, Related), ("a lire aussi", Prefix, Related), ("les plus populaires", Prefix, Related),
    ("dans la même rubrique", Prefix, Related), ("vous aimerez aussi", Prefix, Related), ("à découvrir", Whole, Related),
    ("potrebbe interessarti", Prefix, Related), ("ti potrebbe interessare", Prefix, Related), ("più letti", Prefix, Related),
    ("gerelateerde artikelen", Whole, Related), ("meest gelezen", Prefix, Related), ("polecane", Whole, Related),
    ("najczęściej czytane", Prefix, Related), ("podobne artykuły", Whole, Related), ("популярное", Whole, Related),
    ("по теме", Prefix, Related), ("смотрите также", Prefix, Related),
    // --- more tags and navigation
    ("etiquetas", Prefix, Navigation), ("schlagwörter:", Prefix, Navigation),
    ("stichwörter", Prefix, Navigation), ("themen:", Prefix, Navigation), ("rubrik:", Prefix, Navigation),
    ("mots-clés", Prefix, Navigation), ("étiquettes", Prefix, Navigation), ("temas:", Prefix, Navigation),
    ("tagi:", Prefix, Navigation), ("теги:", Prefix, Navigation), ("标签", Prefix, Navigation),
    ("post navigation", Whole, Navigation), ("beitragsnavigation", Whole, Navigation), ("breadcrumbs", Whole, Navigation),
    ("print this page", Whole, Share), ("seite drucken", Whole, Share),
    ("artikel gefallen", Prefix, Share), ("beitrag gefällt", Prefix, Share), ("síguenos en", Prefix, Share),
    ("siga-nos", Prefix, Share), ("nos siga", Prefix, Share), ("suivez-nous sur", Prefix, Share),
    ("folgen sie uns auf", Prefix, Share), ("follow us on", Prefix, Share), ("share on", Prefix, Share),
    ("teile diesen beitrag", Prefix, Share), ("diesen artikel teilen", Prefix, Share), ("jetzt teilen", Whole, Share),
    // --- comment headers, comment form fields and help, blog post footers (what blog software writes)
    ("comment by", Prefix, Comments), ("kommentar von", Prefix, Comments),
    ("(will not be published)", Anywhere, Comments), ("(wird nicht veröffentlicht)", Anywhere, Comments),
    ("(ne sera pas publié)", Anywhere, Comments),
    ("(no será publicado)", Anywhere, Comments), ("(não será publicado)", Anywhere, Comments),
    ("lines and paragraphs break automatically", Anywhere, Comments),
    ("zeilenumbrüche und absätze werden automatisch erzeugt", Anywhere, Comments),
    ("pour créer des paragraphes, laissez simplement des lignes vides", Anywhere, Comments),
    ("this entry was posted in", Prefix, Navigation), ("dieser eintrag wurde veröffentlicht", Prefix, Navigation),
    ("cette entrée a été publiée", Prefix, Navigation), ("esta entrada fue publicada", Prefix, Navigation),
    ("questa voce è stata pubblicata", Prefix, Navigation),
    ("dieser beitrag wurde unter", Prefix, Navigation), ("abgelegt unter", Prefix, Navigation),
    ("bookmark the permalink", Anywhere, Navigation), ("lesezeichen auf den permalink", Anywhere, Navigation),
    ("sign up to our newsletter", Anywhere, Newsletter), ("sign up for our newsletter", Anywhere, Newsletter),
    ("signing up to our newsletter", Anywhere, Newsletter), ("signing up for our newsletter", Anywhere, Newsletter),
    ("subscribe to our newsletter", Anywhere, Newsletter), ("subscribe to our mailing list", Anywhere, Newsletter),
    ("join our mailing list", Anywhere, Newsletter), ("abonnieren sie unseren newsletter", Anywhere, Newsletter),
    ("abonniere unseren newsletter", Anywhere, Newsletter), ("für unseren newsletter an", Anywhere, Newsletter),
    ("abonnez-vous à notre newsletter", Anywhere, Newsletter), ("inscrivez-vous à notre newsletter", Anywhere, Newsletter),
    ("suscríbete a nuestro boletín", Anywhere, Newsletter), ("suscribirse a nuestra newsletter", Anywhere, Newsletter),
    ("iscriviti alla nostra newsletter", Anywhere, Newsletter), ("assine nossa newsletter", Anywhere, Newsletter),
    ("inscreva-se em nossa newsletter", Anywhere, Newsletter), ("abonneer je op onze nieuwsbrief", Anywhere, Newsletter),
    ("schrijf je in voor onze nieuwsbrief", Anywhere, Newsletter), ("zapisz się do naszego newslettera", Anywhere, Newsletter),
    // --- more newsletter, paywall
    ("to view the full story", Prefix, Newsletter), ("subscribe now to", Prefix, Newsletter),
    ("for the full story", Anywhere, Newsletter),
    ("unterstütze", Prefix, Newsletter), ("unterstützen sie", Prefix, Newsletter), ("jetzt unterstützen", Whole, Newsletter),
    ("ausgabe kaufen", Whole, Newsletter), ("jetzt kaufen", Whole, Advertising), ("buy now", Whole, Advertising),
    ("shop now", Whole, Advertising), ("zum shop", Prefix, Advertising), ("gewinnspiel", Whole, Advertising),
    ("newsletter-anmeldung", Whole, Newsletter), ("zum newsletter", Prefix, Newsletter), ("inscreva-se", Prefix, Newsletter),
    ("assine já", Prefix, Newsletter), ("suscríbase", Prefix, Newsletter), ("suscribite", Prefix, Newsletter),
    // --- more legal and advertising
    ("advertising disclosure", Prefix, Advertising), ("affiliate disclosure", Prefix, Advertising),
    ("we may receive compensation", Anywhere, Advertising), ("may earn a commission", Anywhere, Advertising),
    ("may receive a commission", Anywhere, Advertising), ("empfohlener redaktioneller inhalt", Prefix, Advertising),
    ("is not responsible for the opinions", Anywhere, Legal), ("are the opinions of", Anywhere, Legal),
    ("datenschutzbestimmungen", Whole, Legal), ("akzeptiere die datenschutzbestimmungen", Anywhere, Legal),
    ("ich akzeptiere", Prefix, Legal), ("cookie-richtlinie", Whole, Legal), ("privatsphäre-einstellungen", Whole, Legal),
    // the second sentence of a cookie banner, which a paste may give a line of its own
    // ("To find out more, including how to control cookies, see here: Cookie Policy")
    ("how to control cookies", Anywhere, Legal), ("zur kontrolle von cookies", Anywhere, Legal),
    ("comment contrôler les cookies", Anywhere, Legal), ("façon de contrôler les cookies", Anywhere, Legal),
    ("cómo controlar las cookies", Anywhere, Legal),
    ("como controlar os cookies", Anywhere, Legal), ("sul controllo dei cookie", Anywhere, Legal),
    ("aviso de privacidad", Whole, Legal), ("términos y condiciones", Whole, Legal), ("política de privacidade", Whole, Legal),
    ("termos de uso", Whole, Legal), ("conditions générales", Prefix, Legal), ("protection des données", Whole, Legal),
    // --- comments, more
    ("fanden sie diesen artikel nützlich", Prefix, Comments), ("was this article helpful", Prefix, Comments),
    ("was this helpful", Prefix, Comments), ("war dieser artikel hilfreich", Prefix, Comments),
    ("submit your letter to the editor", Prefix, Comments), ("letters to the editor", Whole, Comments),
    ("deine meinung", Prefix, Comments), ("ihre meinung", Prefix, Comments), ("kommentar verfassen", Prefix, Comments),
    ("diskutieren sie mit", Prefix, Comments), ("zur diskussion", Prefix, Comments), ("comments are closed", Anywhere, Comments),
    ("kommentare sind geschlossen", Anywhere, Comments), ("what do you think", Prefix, Comments),
    // --- more photo credits (agencies and stock libraries), back links
    ("shutterstock", Anywhere, Caption), ("istock", Anywhere, Caption), ("istockphoto", Anywhere, Caption),
    ("unsplash", Anywhere, Caption), ("pixabay", Anywhere, Caption), ("picture alliance", Anywhere, Caption),
    ("picture-alliance", Anywhere, Caption), ("adobe stock", Anywhere, Caption), ("imago images", Anywhere, Caption),
    ("beitragsbild", Whole, Caption), ("titelbild", Prefix, Caption), ("symbolbild", Prefix, Caption),
    ("zurück zur übersicht", Whole, Navigation), ("zur übersicht", Whole, Navigation), ("back to overview", Whole, Navigation),
    // an events calendar's box with nothing in it, as calendar plugins word it: the
    // plugins' whole sentences anywhere, the bare words as a line of their own only
    // (a news sentence may say that a band has "no upcoming events scheduled")
    ("there are no upcoming events", Anywhere, Boilerplate),
    ("es gibt keine bevorstehenden veranstaltungen", Anywhere, Boilerplate),
    ("es gibt derzeit keine bevorstehenden veranstaltungen", Anywhere, Boilerplate),
    ("no upcoming events", Whole, Boilerplate), ("keine bevorstehenden veranstaltungen", Whole, Boilerplate),
    ("aucun événement à venir", Whole, Boilerplate), ("no hay próximos eventos", Whole, Boilerplate),
    ("no hay eventos próximos", Whole, Boilerplate), ("nessun evento in programma", Whole, Boilerplate),
    ("geen aankomende evenementen", Whole, Boilerplate),
    // a back link, "Back to" and a few words of where it goes ("Back to Gallery",
    // "Zurück zum Inhaltsverzeichnis", "Retour à l'accueil"), across languages; not
    // the verbs a recipe's or a manual's steps open with ("Return to the pan",
    // "Volver al horno", "Go back to step 3")
    ("back to", Link, Navigation),
    ("zurück zu", Link, Navigation), ("zurück zum", Link, Navigation), ("zurück zur", Link, Navigation),
    ("retour à", Link, Navigation), ("retour au", Link, Navigation), ("retour aux", Link, Navigation),
    ("torna al", Link, Navigation), ("torna alla", Link, Navigation), ("torna all'", Link, Navigation),
    ("torna ai", Link, Navigation), ("torna alle", Link, Navigation),
    ("voltar para", Link, Navigation), ("voltar ao", Link, Navigation), ("voltar à", Link, Navigation),
    ("terug naar", Link, Navigation), ("powrót do", Link, Navigation), ("tillbaka till", Link, Navigation),
    ("tilbage til", Link, Navigation), ("tilbake til", Link, Navigation), ("zpět na", Link, Navigation),
    ("назад к", Link, Navigation), ("вернуться к", Link, Navigation),
    ("en savoir plus", Whole, Related), ("lire plus", Whole, Related), ("mehr erfahren", Whole, Related),
    ("learn more", Whole, Related), ("find out more", Whole, Related), ("saber más", Whole, Related), ("saiba mais", Whole, Related),
    // --- more headings of teaser boxes, share prompts, site footers and disclosures
    ("related coverage", Whole, Related), ("latest on:", Prefix, Related), ("pour approfondir", Prefix, Related),
    ("a découvrir", Whole, Related), ("à découvrir sur", Prefix, Related), ("a découvrir sur", Prefix, Related),
    ("en images", Whole, Related), ("empfehlungen aus der redaktion", Prefix, Related),
    ("empfehlungen der redaktion", Prefix, Related), ("top-themen", Prefix, Related), ("top themen", Prefix, Related),
    ("weiterführende links", Whole, Related), ("weiterführende informationen", Whole, Related),
    ("weiterführende artikel", Whole, Related), ("aktuellste beiträge", Whole, Related), ("neueste artikel", Whole, Related),
    ("neueste nachrichten", Whole, Related), ("aktuelle artikel", Whole, Related), ("aktuelle nachrichten", Whole, Related),
    ("weitere beiträge aus", Prefix, Related), ("weitere artikel aus", Prefix, Related),
    ("weitere beiträge zu", Prefix, Related), ("weitere artikel zu", Prefix, Related),
    ("hier weiterlesen", Prefix, Related), ("jetzt weiterlesen", Prefix, Related), ("nächster artikel", Prefix, Related),
    ("vorheriger artikel", Prefix, Related), ("die meistgelesenen", Prefix, Related), ("meistgelesene", Prefix, Related),
    ("kurz notiert", Whole, Related), ("newsticker", Whole, Related), ("news ticker", Whole, Related),
    ("infórmate más", Whole, Related), ("informate más", Whole, Related),
    // "see also", "related topics", "the editors recommend", "you may also be interested in" across languages
    ("siehe auch", Prefix, Related), ("vedi anche", Prefix, Related), ("zie ook", Prefix, Related),
    ("см. также", Prefix, Related), ("related terms", Whole, Related), ("related coverage from", Prefix, Related),
    ("temas relacionados", Whole, Related), ("enlaces relacionados", Whole, Related), ("artigos relacionados", Whole, Related),
    ("link correlati", Whole, Related), ("liens connexes", Whole, Related), ("articles connexes", Whole, Related),
    ("powiązane artykuły", Whole, Related), ("gerelateerde links", Whole, Related),
    // (headings on a line of their own: "Die Redaktion empfiehlt, …" opens sentences too)
    ("die redaktion empfiehlt", Whole, Related), ("la rédaction vous conseille", Whole, Related),
    ("la rédaction vous recommande", Whole, Related), ("la redacción recomienda", Whole, Related),
    ("la redazione consiglia", Whole, Related),
    ("könnten sie auch interessieren", Anywhere, Related), ("könnten dich auch interessieren", Anywhere, Related),
    ("könnte sie ebenfalls interessieren", Anywhere, Related), ("könnte dich ebenfalls interessieren", Anywhere, Related),
    ("könnten sie ebenfalls interessieren", Anywhere, Related), ("könnten dich ebenfalls interessieren", Anywhere, Related),
    ("teilen mit", Whole, Share), ("sharen mit", Whole, Share),
    // headings of teaser boxes, as a list's lead-in would read ("Featured:", "Meer nieuws:")
    ("featured", Whole, Related), ("latest", Whole, Related), ("you might like", Whole, Related),
    ("also on our site", Whole, Related), ("from our partners", Whole, Related), ("explore more", Whole, Related),
    ("our picks", Whole, Related), ("weitere nachrichten", Whole, Related), ("mehr aus der region", Whole, Related),
    ("unsere empfehlungen", Whole, Related), ("aktuell", Whole, Related), ("dazu passend", Whole, Related),
    ("nos suggestions", Whole, Related), ("sur le même thème", Whole, Related), ("altre notizie", Whole, Related),
    ("i più letti", Whole, Related), ("meer nieuws", Whole, Related), ("gerelateerd", Whole, Related),
    ("ook interessant", Whole, Related), ("bekijk ook", Prefix, Related), ("volg ons", Prefix, Share),
    ("polecamy", Whole, Related), ("przeczytaj również", Prefix, Related), ("condividi su", Prefix, Share),
    ("mit freunden teilen", Prefix, Share), ("weiterempfehlen", Prefix, Share), ("artikel empfehlen", Prefix, Share),
    ("seite empfehlen", Prefix, Share), ("diese seite drucken", Prefix, Share), ("artikel drucken", Whole, Share),
    ("beitrag drucken", Whole, Share),
    ("hinterlasse eine antwort", Prefix, Comments), ("schreibe eine antwort", Prefix, Comments),
    ("bloggen auf wordpress.com", Prefix, Legal), ("blog at wordpress.com", Prefix, Legal),
    ("powered by wordpress", Anywhere, Legal), ("proudly powered by", Prefix, Legal),
    ("was sind cookies", Prefix, Legal), ("angaben ohne gewähr", Anywhere, Legal),
    ("enthält werbung", Anywhere, Advertising), ("enthält affiliate-links", Anywhere, Advertising),
    ("contains affiliate links", Anywhere, Advertising), ("may contain affiliate links", Anywhere, Advertising),
    // --- cookie notices in more languages, licence lines
    // ("we use", or "this site uses": a news sentence may say that a company uses cookies)
    ("nous utilisons des cookies", Anywhere, Legal), ("utilizziamo i cookie", Anywhere, Legal),
    ("questo sito utilizza cookie", Anywhere, Legal), ("questo sito utilizza i cookie", Anywhere, Legal),
    ("questo sito web utilizza cookie", Anywhere, Legal), ("questo sito web utilizza i cookie", Anywhere, Legal),
    ("usamos cookies", Anywhere, Legal), ("este sitio web utiliza cookies", Anywhere, Legal),
    ("este sitio utiliza cookies", Anywhere, Legal), ("este site utiliza cookies", Anywhere, Legal),
    ("wij gebruiken cookies", Anywhere, Legal), ("we gebruiken cookies", Anywhere, Legal),
    ("deze website gebruikt cookies", Anywhere, Legal), ("deze site gebruikt cookies", Anywhere, Legal),
    ("używamy plików cookie", Anywhere, Legal), ("korzystamy z plików cookie", Anywhere, Legal),
    ("korzystamy z cookies", Anywhere, Legal), ("strona używa plików cookie", Anywhere, Legal),
    ("мы используем файлы cookie", Anywhere, Legal), ("сайт использует файлы cookie", Anywhere, Legal),
    ("some rights reserved", Anywhere, Legal), ("datenschutzeinstellungen", Prefix, Legal),
    // a licence notice: "licensed under a Creative Commons …" (a news line may say that
    // something was released "under Creative Commons": no "a", "the" or "licence" before it)
    ("licensed under a creative commons", Anywhere, Legal), ("licensed under the creative commons", Anywhere, Legal),
    ("available under the creative commons", Anywhere, Legal), ("available under a creative commons", Anywhere, Legal),
    ("unter einer creative commons", Anywhere, Legal), ("unter der creative commons", Anywhere, Legal),
    ("unter den bedingungen der creative commons", Anywhere, Legal), ("lizenziert als creative commons", Anywhere, Legal),
    ("sous licence creative commons", Anywhere, Legal), ("sous une licence creative commons", Anywhere, Legal),
    ("bajo licencia creative commons", Anywhere, Legal), ("bajo una licencia creative commons", Anywhere, Legal),
    ("sotto licenza creative commons", Anywhere, Legal), ("con licenza creative commons", Anywhere, Legal),
    ("sob licença creative commons", Anywhere, Legal), ("sob uma licença creative commons", Anywhere, Legal),
    ("onder een creative commons", Anywhere, Legal),
    ("externe inhalte angezeigt werden", Anywhere, Legal),
    // an embedded post's or video's placeholder until the reader consents to load it
    ("findest du einen externen inhalt", Anywhere, Legal), ("finden sie einen externen inhalt", Anywhere, Legal),
    ("findet ihr einen externen inhalt", Anywhere, Legal),
    ("externer inhalt", Whole, Legal), ("external content", Whole, Legal), ("contenu externe", Whole, Legal),
    ("contenido externo", Whole, Legal), ("contenuto esterno", Whole, Legal), ("externe inhoud", Whole, Legal),
    ("click to load", Prefix, Legal), ("to view this content", Prefix, Legal), ("um diesen inhalt anzuzeigen", Prefix, Legal),
    ("pour afficher ce contenu", Prefix, Legal), ("para ver este contenido", Prefix, Legal),
    ("per visualizzare questo contenuto", Prefix, Legal), ("om deze inhoud te bekijken", Prefix, Legal),
    // --- notices about the browser, at the start of their line (how-to prose tells readers to update theirs too)
    ("please enable javascript", Prefix, Boilerplate), ("enable javascript", Prefix, Boilerplate),
    ("javascript is disabled", Prefix, Boilerplate), ("javascript is required", Prefix, Boilerplate),
    ("you are using an outdated browser", Prefix, Boilerplate),
    ("your browser is out of date", Prefix, Boilerplate), ("your browser does not support", Prefix, Boilerplate),
    ("please update your browser", Prefix, Boilerplate), ("please upgrade your browser", Prefix, Boilerplate),
    ("bitte aktivieren sie javascript", Prefix, Boilerplate), ("bitte javascript aktivieren", Prefix, Boilerplate),
    ("javascript ist deaktiviert", Prefix, Boilerplate), ("ihr browser ist veraltet", Prefix, Boilerplate),
    ("veuillez activer javascript", Prefix, Boilerplate), ("activez javascript", Prefix, Boilerplate),
    ("habilite javascript", Prefix, Boilerplate), ("включите javascript", Prefix, Boilerplate),
    // --- comment form fields ("Name (required)"; documentation marks a parameter "(required)" too) and notices
    ("name (required)", Prefix, Comments), ("email (required)", Prefix, Comments), ("e-mail (required)", Prefix, Comments),
    ("mail (required)", Prefix, Comments), ("name (erforderlich)", Prefix, Comments), ("e-mail (erforderlich)", Prefix, Comments),
    ("name (pflichtfeld)", Prefix, Comments), ("e-mail (pflichtfeld)", Prefix, Comments), ("nom (obligatoire)", Prefix, Comments),
    ("e-mail (obligatoire)", Prefix, Comments), ("email (obligatoire)", Prefix, Comments), ("nombre (obligatorio)", Prefix, Comments),
    ("correo electrónico (obligatorio)", Prefix, Comments), ("email (obligatorio)", Prefix, Comments),
    ("nome (obbligatorio)", Prefix, Comments), ("email (obbligatorio)", Prefix, Comments), ("nome (obrigatório)", Prefix, Comments),
    ("e-mail (obrigatório)", Prefix, Comments), ("email (obrigatório)", Prefix, Comments), ("imię (wymagane)", Prefix, Comments),
    ("e-mail (wymagane)", Prefix, Comments), ("email (wymagane)", Prefix, Comments),
    ("benachrichtigung bei weiteren kommentaren", Anywhere, Comments), ("benachrichtige mich über", Anywhere, Comments),
    ("enter your email address to follow", Anywhere, Newsletter), ("um diesem blog zu folgen", Anywhere, Newsletter),
    ("turn on notifications", Prefix, Newsletter), ("benachrichtigungen aktivieren", Prefix, Newsletter),
    // --- more teaser headings
    ("lesen sie hier", Prefix, Related), ("dowiedz się więcej", Prefix, Related), ("przeczytaj także", Prefix, Related),
    ("przeczytaj też", Prefix, Related), ("czytaj również", Prefix, Related), ("zobacz również", Prefix, Related),
    ("könnte dir auch gefallen", Anywhere, Related),
    ("könnte ihnen auch gefallen", Anywhere, Related), ("könnte euch auch gefallen", Anywhere, Related),
    ("weitere artikel zum", Prefix, Related), ("weitere beiträge zum", Prefix, Related),
    // --- audio players, gift and save links, credit lines
    ("listen to this article", Whole, Share), ("artikel anhören", Whole, Share), ("gift this article", Whole, Share),
    ("save article", Whole, Share), ("beitragsbild:", Prefix, Caption), ("bildnachweis", Prefix, Caption),
    // --- the same furniture in more languages: share, teaser headings, comments, rights and cookie notices, ads, search and home
    // Swedish, Danish, Norwegian
    ("dela", Whole, Share), ("läs mer", Prefix, Related), ("läs också", Prefix, Related),
    ("relaterade artiklar", Whole, Related), ("mest lästa", Prefix, Related), ("kommentarer", Whole, Comments),
    ("lämna en kommentar", Whole, Comments), ("alla rättigheter förbehållna", Anywhere, Legal),
    ("vi använder cookies", Anywhere, Legal), ("annons", Whole, Advertising), ("prenumerera", Whole, Newsletter),
    ("sök", Whole, Navigation), ("meny", Whole, Navigation), ("startsida", Whole, Navigation),
    ("læs mere", Prefix, Related), ("læs også", Prefix, Related), ("relaterede artikler", Whole, Related),
    ("mest læste", Prefix, Related), ("skriv en kommentar", Whole, Comments),
    ("alle rettigheder forbeholdes", Anywhere, Legal), ("vi bruger cookies", Anywhere, Legal),
    ("annonce", Whole, Advertising), ("søg", Whole, Navigation), ("forside", Whole, Navigation),
    ("les mer", Prefix, Related), ("les også", Prefix, Related), ("relaterte artikler", Whole, Related),
    ("mest lest", Prefix, Related), ("legg igjen en kommentar", Whole, Comments),
    ("alle rettigheter reservert", Anywhere, Legal), ("vi bruker cookies", Anywhere, Legal),
    ("vi bruker informasjonskapsler", Anywhere, Legal), ("annonse", Whole, Advertising), ("søk", Whole, Navigation),
    ("forsiden", Whole, Navigation),
    // Finnish, Hungarian
    ("jaa", Whole, Share), ("lue lisää", Prefix, Related), ("lue myös", Prefix, Related),
    ("luetuimmat", Prefix, Related), ("kommentit", Whole, Comments), ("jätä kommentti", Whole, Comments),
    ("kaikki oikeudet pidätetään", Anywhere, Legal), ("käytämme evästeitä", Anywhere, Legal),
    ("mainos", Whole, Advertising), ("tilaa", Whole, Newsletter), ("haku", Whole, Navigation),
    ("etusivu", Whole, Navigation), ("megosztás", Whole, Share), ("kapcsolódó cikkek", Whole, Related),
    ("legolvasottabb", Prefix, Related), ("hozzászólások", Whole, Comments), ("minden jog fenntartva", Anywhere, Legal),
    ("sütiket használ", Anywhere, Legal), ("hirdetés", Whole, Advertising), ("keresés", Whole, Navigation),
    ("címlap", Whole, Navigation), ("tovább", Whole, Related),
    // Czech, Slovak, Romanian
    ("sdílet", Whole, Share), ("čtěte také", Prefix, Related), ("přečtěte si také", Prefix, Related),
    ("související články", Whole, Related), ("nejčtenější", Prefix, Related), ("komentáře", Whole, Comments),
    ("přidat komentář", Whole, Comments), ("všechna práva vyhrazena", Anywhere, Legal),
    ("používáme cookies", Anywhere, Legal), ("hledat", Whole, Navigation), ("zdieľať", Whole, Share),
    ("čítajte aj", Prefix, Related), ("súvisiace články", Whole, Related), ("najčítanejšie", Prefix, Related),
    ("komentáre", Whole, Comments), ("všetky práva vyhradené", Anywhere, Legal), ("používame cookies", Anywhere, Legal),
    ("distribuie", Whole, Share), ("citește și", Prefix, Related), ("citeşte şi", Prefix, Related),
    ("articole similare", Whole, Related), ("cele mai citite", Prefix, Related), ("comentarii", Whole, Comments),
    ("lasă un comentariu", Whole, Comments), ("toate drepturile rezervate", Anywhere, Legal),
    ("folosim cookie", Anywhere, Legal), ("publicitate", Whole, Advertising), ("caută", Whole, Navigation),
    ("acasă", Whole, Navigation),
    // Turkish, Greek, Ukrainian
    ("paylaş", Whole, Share), ("devamını oku", Prefix, Related), ("ilgili haberler", Whole, Related),
    ("en çok okunanlar", Prefix, Related), ("yorumlar", Whole, Comments), ("yorum yap", Whole, Comments),
    ("bir yorum yazın", Whole, Comments), ("tüm hakları saklıdır", Anywhere, Legal), ("çerez politikası", Whole, Legal),
    ("reklam", Whole, Advertising), ("ana sayfa", Whole, Navigation), ("anasayfa", Whole, Navigation),
    ("κοινοποίηση", Whole, Share), ("διαβάστε επίσης", Prefix, Related), ("διαβάστε ακόμα", Prefix, Related),
    ("σχετικά άρθρα", Whole, Related), ("σχόλια", Whole, Comments), ("όλα τα δικαιώματα διατηρούνται", Anywhere, Legal),
    ("χρησιμοποιούμε cookies", Anywhere, Legal), ("διαφήμιση", Whole, Advertising), ("αναζήτηση", Whole, Navigation),
    ("αρχική", Whole, Navigation), ("поділитися", Whole, Share), ("читайте також", Prefix, Related),
    ("схожі статті", Whole, Related), ("коментарі", Whole, Comments), ("всі права захищені", Anywhere, Legal),
    ("усі права захищені", Anywhere, Legal), ("пошук", Whole, Navigation), ("головна", Whole, Navigation),
    // Arabic, Hebrew, Hindi
    ("شارك", Whole, Share), ("مشاركة", Whole, Share), ("اقرأ أيضا", Prefix, Related), ("اقرأ أيضاً", Prefix, Related),
    ("مقالات ذات صلة", Whole, Related), ("الأكثر قراءة", Prefix, Related), ("تعليقات", Whole, Comments),
    ("التعليقات", Whole, Comments), ("جميع الحقوق محفوظة", Anywhere, Legal), ("إعلان", Whole, Advertising),
    ("بحث", Whole, Navigation), ("الرئيسية", Whole, Navigation), ("שתף", Whole, Share),
    ("כתבות נוספות", Whole, Related), ("קראו עוד", Prefix, Related), ("תגובות", Whole, Comments),
    ("כל הזכויות שמורות", Anywhere, Legal), ("פרסומת", Whole, Advertising), ("חיפוש", Whole, Navigation),
    ("דף הבית", Whole, Navigation), ("शेयर करें", Whole, Share), ("यह भी पढ़ें", Prefix, Related),
    ("संबंधित खबरें", Whole, Related), ("टिप्पणियाँ", Whole, Comments), ("सर्वाधिकार सुरक्षित", Anywhere, Legal),
    ("विज्ञापन", Whole, Advertising),
    // Indonesian, Vietnamese
    ("bagikan", Whole, Share), ("baca juga", Prefix, Related), ("berita terkait", Whole, Related),
    ("artikel terkait", Whole, Related), ("terpopuler", Whole, Related), ("komentar", Whole, Comments),
    ("hak cipta dilindungi undang-undang", Anywhere, Legal), ("iklan", Whole, Advertising), ("cari", Whole, Navigation),
    ("beranda", Whole, Navigation), ("chia sẻ", Whole, Share), ("xem thêm", Prefix, Related),
    ("tin liên quan", Prefix, Related), ("bài viết liên quan", Whole, Related), ("đọc nhiều nhất", Prefix, Related),
    ("bình luận", Whole, Comments), ("quảng cáo", Whole, Advertising), ("tìm kiếm", Whole, Navigation),
    ("trang chủ", Whole, Navigation),
    // Korean, more Japanese and Chinese
    ("공유하기", Whole, Share), ("관련기사", Prefix, Related), ("관련 기사", Prefix, Related), ("많이 본 뉴스", Prefix, Related),
    ("댓글", Whole, Comments), ("무단전재", Anywhere, Legal), ("무단 전재", Anywhere, Legal), ("광고", Whole, Advertising),
    ("검색", Whole, Navigation), ("シェア", Whole, Share), ("ツイート", Whole, Share), ("人気記事", Prefix, Related),
    ("続きを読む", Prefix, Related), ("広告", Whole, Advertising), ("検索", Whole, Navigation), ("コメントを書く", Whole, Comments),
    ("阅读更多", Prefix, Related), ("热门文章", Prefix, Related), ("相关新闻", Prefix, Related), ("搜索", Whole, Navigation),
    // --- blog software's own strings in its translations: the skip link,
    // the comment form's heading and notices, the search label
    ("springe zum inhalt", Prefix, Navigation), ("aller au contenu", Prefix, Navigation),
    ("saltar al contenido", Prefix, Navigation), ("ir al contenido", Prefix, Navigation),
    ("vai al contenuto", Prefix, Navigation), ("pular para o conteúdo", Prefix, Navigation),
    ("naar de inhoud springen", Prefix, Navigation),
    ("przejdź do treści", Prefix, Navigation), ("перейти к содержимому", Prefix, Navigation),
    ("hoppa till innehåll", Prefix, Navigation),
    ("siirry sisältöön", Prefix, Navigation), ("přejít na obsah", Prefix, Navigation),
    ("ugrás a tartalomhoz", Prefix, Navigation), ("μετάβαση στο περιεχόμενο", Prefix, Navigation),
    ("sari la conținut", Prefix, Navigation), ("içeriğe geç", Prefix, Navigation), ("跳至内容", Prefix, Navigation), ("コンテンツへスキップ", Prefix, Navigation),
    ("本文へスキップ", Prefix, Navigation), ("search for", Whole, Navigation),
    ("les champs obligatoires sont indiqués avec", Anywhere, Comments),
    ("los campos obligatorios están marcados con", Anywhere, Comments),
    ("i campi obbligatori sono contrassegnati", Anywhere, Comments),
    ("o seu endereço de e-mail não será publicado", Anywhere, Comments),
    ("campos obrigatórios são marcados com", Anywhere, Comments),
    ("je e-mailadres wordt niet gepubliceerd", Anywhere, Comments),
    ("vereiste velden zijn gemarkeerd met", Anywhere, Comments),
    ("twój adres e-mail nie zostanie opublikowany", Anywhere, Comments),
    ("wymagane pola są oznaczone", Anywhere, Comments), ("ваш адрес email не будет опубликован", Anywhere, Comments),
    ("обязательные поля помечены", Anywhere, Comments), ("din e-postadress kommer inte publiceras", Anywhere, Comments),
    ("obligatoriska fält är märkta", Anywhere, Comments), ("e-posta hesabınız yayımlanmayacak", Anywhere, Comments),
    ("laat een reactie achter", Whole, Comments),
    ("lämna ett svar", Whole, Comments), ("bir yanıt yazın", Whole, Comments), ("lasă un răspuns", Whole, Comments),
    ("todos os direitos reservados", Anywhere, Legal), ("alle rechten voorbehouden", Anywhere, Legal),
    ("compartilhe", Whole, Share), ("manage consent", Whole, Legal), ("gérer les cookies", Whole, Legal),
    ("forgot password", Whole, Navigation), ("forgot your password", Whole, Navigation),
    ("artikel versenden", Whole, Share), ("report an error", Whole, Navigation),
    ("fehler melden", Whole, Navigation), ("get the app", Whole, Advertising), ("download the app", Whole, Advertising),
    // --- a login or sign-up dialog's labels, in the words most account
    // forms use (a line that is nothing else: a how-to on passwords may
    // well say "Your password must …")
    ("passwort vergessen", Whole, Navigation), ("mot de passe oublié", Whole, Navigation),
    ("olvidaste tu contraseña", Whole, Navigation), ("olvidé mi contraseña", Whole, Navigation),
    ("password dimenticata", Whole, Navigation), ("hai dimenticato la password", Whole, Navigation),
    ("esqueceu sua senha", Whole, Navigation), ("esqueceu a senha", Whole, Navigation),
    ("esqueci minha senha", Whole, Navigation), ("wachtwoord vergeten", Whole, Navigation),
    ("nie pamiętasz hasła", Whole, Navigation), ("zapomniałeś hasła", Whole, Navigation),
    ("забыли пароль", Whole, Navigation), ("reset password", Whole, Navigation),
    ("reset your password", Whole, Navigation), ("passwort zurücksetzen", Whole, Navigation),
    ("réinitialiser le mot de passe", Whole, Navigation), ("remember me", Whole, Navigation),
    ("angemeldet bleiben", Whole, Navigation), ("se souvenir de moi", Whole, Navigation),
    ("recordarme", Whole, Navigation), ("ricordami", Whole, Navigation), ("lembrar-me", Whole, Navigation),
    ("onthoud mij", Whole, Navigation), ("zapamiętaj mnie", Whole, Navigation),
    ("запомнить меня", Whole, Navigation), ("create an account", Whole, Navigation),
    ("create account", Whole, Navigation), ("konto erstellen", Whole, Navigation),
    ("créer un compte", Whole, Navigation), ("crear una cuenta", Whole, Navigation),
    ("crea un account", Whole, Navigation), ("criar conta", Whole, Navigation),
    ("account aanmaken", Whole, Navigation), ("załóż konto", Whole, Navigation),
    ("создать аккаунт", Whole, Navigation),
    ("already have an account", Prefix, Navigation),
    ("don't have an account", Prefix, Navigation), ("don’t have an account", Prefix, Navigation),
    ("noch kein konto", Prefix, Navigation), ("vous n'avez pas de compte", Prefix, Navigation),
    // --- an image viewer's or gallery's controls (a line that is nothing
    // else: "Vollbild", "Click to enlarge", "Voir le diaporama")
    ("enlarge", Whole, Navigation), ("enlarge image", Whole, Navigation),
    ("click to enlarge", Whole, Navigation), ("view image", Whole, Navigation),
    ("view gallery", Whole, Navigation), ("view full gallery", Whole, Navigation),
    ("open gallery", Whole, Navigation), ("view slideshow", Whole, Navigation),
    ("start slideshow", Whole, Navigation), ("launch gallery", Whole, Navigation),
    ("full screen", Whole, Navigation), ("fullscreen", Whole, Navigation), ("expand image", Whole, Navigation),
    ("zoom", Whole, Navigation), ("previous image", Whole, Navigation), ("next image", Whole, Navigation),
    ("show image", Whole, Navigation), ("view photos", Whole, Navigation),
    ("see all photos", Whole, Navigation), ("bild vergrößern", Whole, Navigation),
    ("vergrößern", Whole, Navigation), ("zum vergrößern klicken", Whole, Navigation),
    ("zum vergrößern anklicken", Whole, Navigation), ("bild anzeigen", Whole, Navigation),
    ("bilderstrecke starten", Whole, Navigation), ("galerie öffnen", Whole, Navigation),
    ("zur galerie", Whole, Navigation), ("zur bildergalerie", Whole, Navigation),
    ("alle bilder anzeigen", Whole, Navigation), ("vollbild", Whole, Navigation),
    ("vorheriges bild", Whole, Navigation), ("nächstes bild", Whole, Navigation),
    ("zur fotostrecke", Whole, Navigation), ("fotostrecke starten", Whole, Navigation),
    ("agrandir", Whole, Navigation), ("voir la galerie", Whole, Navigation),
    ("voir le diaporama", Whole, Navigation), ("lancer le diaporama", Whole, Navigation),
    ("plein écran", Whole, Navigation), ("image précédente", Whole, Navigation),
    ("image suivante", Whole, Navigation), ("ampliar imagen", Whole, Navigation),
    ("ampliar", Whole, Navigation), ("ver galería", Whole, Navigation),
    ("pantalla completa", Whole, Navigation), ("ver imagen", Whole, Navigation),
    ("imagen anterior", Whole, Navigation), ("imagen siguiente", Whole, Navigation),
    ("ingrandisci", Whole, Navigation), ("ingrandisci immagine", Whole, Navigation),
    ("apri la gallery", Whole, Navigation), ("vai alla gallery", Whole, Navigation),
    ("guarda la gallery", Whole, Navigation), ("schermo intero", Whole, Navigation),
    ("ampliar imagem", Whole, Navigation), ("ver galeria", Whole, Navigation),
    ("tela cheia", Whole, Navigation), ("vergroot afbeelding", Whole, Navigation),
    ("volledig scherm", Whole, Navigation), ("powiększ", Whole, Navigation),
    ("powiększ zdjęcie", Whole, Navigation), ("zobacz galerię", Whole, Navigation),
    ("pełny ekran", Whole, Navigation), ("agrandir l’image", Whole, Navigation),
    // --- a video player's controls, as its labels copy (the time and the
    // share loaded read at the start of the video: "Current Time 0:00")
    ("video player is loading", Whole, Navigation), ("play video", Whole, Navigation),
    ("play", Whole, Navigation), ("pause", Whole, Navigation), ("mute", Whole, Navigation),
    ("unmute", Whole, Navigation), ("tap to unmute", Whole, Navigation),
    ("current time 0:00", Whole, Navigation), ("duration 0:00", Whole, Navigation),
    ("remaining time -0:00", Whole, Navigation), ("loaded: 0", Whole, Navigation),
    ("stream type live", Whole, Navigation), ("playback rate", Whole, Navigation),
    ("captions", Whole, Navigation), ("audio track", Whole, Navigation),
    ("picture-in-picture", Whole, Navigation), ("skip ad", Whole, Navigation),
    ("now playing", Whole, Navigation), ("replay", Whole, Navigation), ("autoplay", Whole, Navigation),
    ("video-player wird geladen", Whole, Navigation), ("video abspielen", Whole, Navigation),
    ("stumm schalten", Whole, Navigation), ("aktuelle zeit 0:00", Whole, Navigation),
    ("dauer 0:00", Whole, Navigation), ("werbung überspringen", Whole, Navigation),
    ("sourdine", Whole, Navigation), ("temps actuel 0:00", Whole, Navigation),
    ("durée 0:00", Whole, Navigation), ("lire la vidéo", Whole, Navigation),
    ("passer la publicité", Whole, Navigation), ("reproducir", Whole, Navigation),
    ("reproducir video", Whole, Navigation), ("silenciar", Whole, Navigation),
    ("tiempo actual 0:00", Whole, Navigation), ("duración 0:00", Whole, Navigation),
    ("saltar anuncio", Whole, Navigation), ("riproduci", Whole, Navigation),
    ("salta annuncio", Whole, Navigation), ("reproduzir", Whole, Navigation),
    ("pular anúncio", Whole, Navigation), ("afspelen", Whole, Navigation),
    ("advertentie overslaan", Whole, Navigation), ("odtwórz", Whole, Navigation),
    ("pomiń reklamę", Whole, Navigation),
    // --- a consent box's label, a shop's partner notice, a comment form's heading
    ("i agree to the privacy policy", Prefix, Legal), ("i accept the privacy policy", Prefix, Legal),
    ("ich habe die datenschutzerklärung gelesen", Prefix, Legal),
    ("j'accepte la politique de confidentialité", Prefix, Legal), ("j’accepte la politique de confidentialité", Prefix, Legal),
    ("acepto la política de privacidad", Prefix, Legal), ("he leído y acepto la política de privacidad", Prefix, Legal),
    ("accetto la privacy policy", Prefix, Legal), ("ho letto e accetto la privacy policy", Prefix, Legal),
    ("acconsento al trattamento dei dati personali", Prefix, Legal),
    ("aceito a política de privacidade", Prefix, Legal), ("li e aceito a política de privacidade", Prefix, Legal),
    ("ik ga akkoord met het privacybeleid", Prefix, Legal),
    ("earn from qualifying purchases", Anywhere, Advertising), ("an qualifizierten verkäufen", Anywhere, Advertising),
    ("achats remplissant les conditions requises", Anywhere, Advertising),
    ("compras adscritas que cumplen los requisitos", Anywhere, Advertising),
    ("guadagno dagli acquisti idonei", Anywhere, Advertising), ("aan kwalificerende aankopen", Anywhere, Advertising),
    ("kommentar erstellen", Whole, Comments), ("neuen kommentar schreiben", Whole, Comments),
    // --- bylines
    ("by ", Prefix, Byline), ("written by", Prefix, Byline), ("posted by", Prefix, Byline),
    ("author:", Prefix, Byline), ("von ", Prefix, Byline), ("autor:", Prefix, Byline), ("autorin:", Prefix, Byline),
    ("par ", Prefix, Byline), ("auteur :", Prefix, Byline), ("por ", Prefix, Byline), ("di ", Prefix, Byline),
    ("door ", Prefix, Byline), ("автор:", Prefix, Byline), ("作者", Prefix, Byline),
];

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
    /// The index in `PHRASES` of each of its patterns.
    ids: Vec<u16>,
}

/// The `Anywhere` and `Counted` phrases of one script or the other.
struct Phrases {
    dfa: DFA,
    /// The state an unanchored search starts in.
    start: StateID,
    /// The index in `PHRASES` of each of its patterns.
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

/// The indices in `PHRASES` of the phrases that `keep` accepts, and
/// aho-corasick's NFA of them, leftmost-longest (the DFAs are built from
/// it: one function for both keeps the WebAssembly smaller).
#[inline(never)]
fn phrase_nfa(keep: &dyn Fn(&str, Place) -> bool) -> (Vec<u16>, NFA) {
    let ids: Vec<u16> = (0..PHRASES.len())
        .filter(|&i| keep(PHRASES[i].0, PHRASES[i].1))
        .map(|i| crate::ok_or_panic(u16::try_from(i)))
        .collect();
    // No prefilter: the search loops below do not use one (with one, the
    // start state would be special and take the slow branch).
    let nfa = aho_corasick::nfa::noncontiguous::Builder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .prefilter(false)
        .ascii_case_insensitive(true)
        .dense_depth(DENSE_DEPTH)
        .build(ids.iter().map(|&i| PHRASES[usize::from(i)].0));
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
    /// phrase's index in `PHRASES`.
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
    /// index in `PHRASES`.
    // (out of line: inlined into `find_in_line`, 0.8% more instructions per clean)
    #[inline(never)]
    fn next_match(&self, hay: &[u8], from: usize) -> Option<Match> {
        walk(&self.dfa, self.start, Anchored::No, &self.ids, hay, from)
    }
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        LEXICON.get_or_init(|| Lexicon { heads: Heads::build(), latin: Phrases::build(false), other: Phrases::build(true) })
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
            if PHRASES[m.pattern().as_usize()].1 == Whole || m.end() <= core_start {
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
        let fits = |m: &Match| at_word_boundaries(m, PHRASES[m.pattern().as_usize()].0, &mut offsets);
        // a `Whole` phrase may follow a count ("12 Comments", "3 Kommentare");
        // no other phrase may
        let counted = core.0 + leading_count_len(&lower[core.0..]);
        for m in self.heads(lower, counted, fits) {
            let (phrase, mut place, label) = PHRASES[m.pattern().as_usize()];
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
            let (phrase, place, label) = PHRASES[m.pattern().as_usize()];
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
    let sentence_end = |s: &str| s.contains(". ") || s.contains("! ") || s.contains("? ") || s.ends_with(['.', '!', '?', '…']);
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
        for (phrase, ..) in PHRASES.iter().filter(|p| p.0.is_ascii()) {
            let title: String = phrase.split(' ').map(|w| w.get(..1).map_or(String::new(), |c| c.to_ascii_uppercase() + &w[1..])).collect::<Vec<_>>().join(" ");
            for line in [phrase.to_string(), phrase.to_ascii_uppercase(), title.clone(), format!("12 {title} \"The Day\""), format!("One {title} \"The Day\""), format!("- {title} (3)")] {
                found += usize::from(check(&line));
            }
        }
        assert!(found > 1000, "only {found} lines found");
        let piece = (0..PHRASES.len(), "[a-zA-Z .,:()0-9\"]{0,6}", proptest::bool::ANY);
        proptest::proptest!(|(pieces in proptest::collection::vec(piece, 0..6))| {
            let mut line = String::new();
            for (i, filler, upper) in pieces {
                let phrase = PHRASES[i].0;
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
            let ids: Vec<usize> = (0..PHRASES.len()).filter(|&i| is_head(PHRASES[i].1) == head).collect();
            let ac = aho_corasick::AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .start_kind(if head { aho_corasick::StartKind::Anchored } else { aho_corasick::StartKind::Unanchored })
                .build(ids.iter().map(|&i| PHRASES[i].0))
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
        for (i, &(a, ..)) in PHRASES.iter().enumerate() {
            let b = PHRASES[(i + 1) % PHRASES.len()].0;
            assert!(check(a) >= 1, "{a:?} alone is not found");
            check(&format!("{a}{b}"));
            check(&format!("x{a} {b}y {a}{a}"));
            check(&format!("{} {b}", a.to_ascii_uppercase()));
            check(&a[..a.char_indices().last().map_or(0, |(i, _)| i)]);
        }
        let piece = (0..PHRASES.len(), 0..60usize, "[a-z .,:()’éж0-9]{0,5}");
        proptest::proptest!(|(pieces in proptest::collection::vec(piece, 0..10))| {
            let mut hay = String::new();
            for (i, cut, filler) in pieces {
                let phrase = PHRASES[i].0;
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
            ("LÄS OCKSÅ", Some((Related, Prefix))),
            ("Kaikki oikeudet pidätetään.", Some((Legal, Anywhere))),
            ("Εφημερίδα 2024. Όλα τα δικαιώματα διατηρούνται.", Some((Legal, Anywhere))),
            ("جميع الحقوق محفوظة", Some((Legal, Anywhere))),
            ("댓글", Some((Comments, Whole))),
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
    /// hides its paid posts behind a paywall: both are newsletter lines; a
    /// sentence about subscriptions is not.
    #[test]
    fn a_newsletters_call_to_subscribe_and_paywall_are_newsletter_lines() {
        assert_found(&[
            ("Thanks for reading The Branch Line! Subscribe for free to receive new posts and support my work.", Some((Newsletter, Anywhere))),
            ("This post is for paid subscribers", Some((Newsletter, Anywhere))),
            ("Upgrade to paid to read the rest of this post", Some((Newsletter, Anywhere))),
            ("Jetzt kostenlos abonnieren und keine Ausgabe verpassen", Some((Newsletter, Anywhere))),
            ("Half of the newsletter's readers pay for a subscription, the survey found.", None),
            ("Readers who subscribe to receive the paper at home get it before six.", None),
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
        for (p, _, _) in PHRASES {
            assert!(seen.insert(*p), "{p} is listed twice: only the first would ever match");
        }
    }

    #[test]
    fn every_phrase_is_lowercase_and_trimmed() {
        for (p, _, _) in PHRASES {
            assert_eq!(*p, p.to_lowercase(), "{p}");
            assert_eq!(p.trim_start(), *p, "{p}");
        }
    }
}
