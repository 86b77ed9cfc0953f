//! Built-in vocabularies: the phrases that mark chrome, footers, page starts, bylines and
//! credits, in English, German, French, Spanish, Portuguese, Italian, Russian and Arabic
//! (plus a few Dutch and Nordic forms that real scrapes show).
//!
//! Two kinds of lists:
//! * **whole-line phrases** ([`NAV_LINES`]): a line that *is* one of these (after the
//!   normalisation of [`super::key_of`]: case, spacing, punctuation and list marks ignored)
//!   is navigation chrome. They are hashed once and looked up by the line's key, so the
//!   check costs one hash-set probe per line.
//! * **contained phrases** (the `*_PHRASES` lists): found anywhere in a line by one
//!   Aho-Corasick automaton (ASCII case-insensitive). Each list maps to one flag.

/// Lines that are navigation or widget chrome when they stand alone.
pub(crate) const NAV_LINES: &[&str] = &[
    // English
    "home", "menu", "main menu", "open menu", "close menu", "toggle navigation", "navigation",
    "search", "search for", "submit", "go", "login", "log in", "sign in", "sign up", "register",
    "logout", "log out", "subscribe", "subscribe now", "newsletter", "newsletters", "contact",
    "contact us", "about", "about us", "imprint", "privacy", "privacy policy", "terms",
    "terms of use", "terms of service", "cookie policy", "cookies", "accept", "accept all",
    "reject all", "close", "ok", "okay", "share", "share this", "share this article", "tweet",
    "facebook", "twitter", "instagram", "linkedin", "youtube", "pinterest", "whatsapp", "email",
    "e-mail", "print", "rss", "feed", "more", "read more", "continue reading", "next", "previous",
    "back", "back to top", "top", "sitemap", "advertisement", "advertising", "sponsored",
    "related", "related articles", "related posts", "you may also like", "recommended",
    "most read", "most popular", "trending", "latest", "latest news", "news", "comments",
    "leave a comment", "leave a reply", "reply", "cancel reply", "skip to content",
    "skip to main content", "follow us", "tags", "categories", "archives", "loading",
    "advertise", "help", "faq", "jobs", "careers", "shop", "store", "podcast", "podcasts",
    "video", "videos", "photos", "gallery", "weather", "sports", "opinion", "world", "business",
    "politics", "technology", "science", "health", "entertainment", "lifestyle", "travel",
    "culture", "view all", "see all", "show more", "load more", "x", "no result",
    "view all result", "dismiss", "got it", "i agree", "settings", "cookie settings",
    // German
    "startseite", "suche", "suchen", "anmelden", "abmelden", "registrieren", "abonnieren",
    "kontakt", "impressum", "datenschutz", "datenschutzerklärung", "agb", "nutzungsbedingungen",
    "teilen", "drucken", "mehr", "weiterlesen", "mehr lesen", "zurück", "weiter", "nach oben",
    "zurück nach oben", "zum seitenanfang", "seitenanfang", "schließen", "schliessen",
    "akzeptieren", "alle akzeptieren", "ablehnen", "einstellungen", "anzeige", "werbung",
    "kommentare", "kommentar", "antworten", "verwandte artikel", "das könnte sie auch interessieren",
    "meistgelesen", "neueste beiträge", "kategorien", "archiv", "schlagwörter", "mediathek",
    "zum inhalt springen", "direkt zum inhalt", "menü", "hauptmenü", "navigation öffnen",
    "über uns", "barrierefreiheit", "verstanden", "nachrichten", "politik", "wirtschaft",
    "kultur", "sport", "wissen", "gesellschaft", "ratgeber", "themen",
    // French
    "accueil", "rechercher", "recherche", "connexion", "se connecter", "s'abonner", "abonnez-vous",
    "partager", "imprimer", "fermer", "accepter", "tout accepter", "refuser", "mentions légales",
    "politique de confidentialité", "lire la suite", "plus", "retour en haut", "haut de page",
    "aller au contenu principal", "publicité", "commentaires", "à lire aussi", "actualités",
    // Spanish
    "inicio", "buscar", "búsqueda", "iniciar sesión", "suscríbete", "suscribirse", "compartir",
    "imprimir", "cerrar", "aceptar", "aceptar todo", "rechazar", "aviso legal",
    "política de privacidad", "leer más", "ver más", "volver arriba", "publicidad",
    "comentarios", "noticias", "contacto", "saltar al contenido",
    // Portuguese
    "início", "pesquisar", "entrar", "assine", "assinar", "partilhar", "fechar", "aceitar",
    "política de privacidade", "leia mais", "saiba mais", "voltar ao topo", "publicidade",
    "comentários", "notícias", "contato", "contacto", "pular para o conteúdo",
    // Italian
    "cerca", "accedi", "abbonati", "iscriviti", "condividi", "stampa", "chiudi", "accetta",
    "rifiuta", "leggi anche", "leggi di più", "torna su", "pubblicità", "commenti", "notizie",
    "contatti", "vai al contenuto",
    // Russian
    "главная", "меню", "поиск", "войти", "регистрация", "подписаться", "поделиться", "закрыть",
    "принять", "контакты", "новости", "читать далее", "наверх", "реклама", "комментарии",
    "перейти к контенту", "перейти к содержимому",
    // Arabic
    "الرئيسية", "بحث", "القائمة", "تسجيل الدخول", "اشترك", "مشاركة", "إغلاق", "اتصل بنا",
    "من نحن", "سياسة الخصوصية", "اقرأ أيضا", "اقرأ المزيد", "أخبار", "تعليقات",
    // Dutch and Nordic
    "zoeken", "inloggen", "delen", "sluiten", "sök", "søg", "logga in", "del", "haku",
];

/// Copyright marks: a footer line when it carries a year or is short (a photo credit
/// such as `Foto: © Jane Roe` is not a footer).
pub(crate) const COPYRIGHT_MARKS: &[&str] = &["©", "(c) 20", "(c) 19", "copyright"];

/// Rights notices: always footer text.
pub(crate) const RIGHTS_PHRASES: &[&str] = &[
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "derechos reservados", "direitos reservados",
    "tutti i diritti riservati", "все права защищены", "جميع الحقوق محفوظة",
    "rechte vorbehalten", "droits réservés", "alle angaben ohne gewähr",
];

/// Footer credits and blog-platform footers: footer text on a short line.
pub(crate) const FOOTER_PHRASES: &[&str] = &[
    "powered by", "proudly powered", "theme by", "wordpress theme", "designed by",
    "bloggern gefällt das", "bloggers like this", "blogger menyukai", "site desenvolvido",
    "erstelle kostenlos eine website", "create a free website", "creative commons",
];

/// Legal and service links that fill page footers.
pub(crate) const LEGAL_LINES: &[&str] = &[
    "imprint", "impressum", "privacy", "privacy policy", "privacy notice", "terms",
    "terms of use", "terms of service", "terms and conditions", "cookie policy",
    "cookie settings", "datenschutz", "datenschutzerklärung", "datenschutzhinweise", "agb",
    "nutzungsbedingungen", "barrierefreiheit", "accessibility", "sitemap", "site map",
    "mentions légales", "politique de confidentialité", "aviso legal",
    "política de privacidad", "política de cookies", "términos de uso",
    "política de privacidade", "termos de uso", "note legali", "informativa privacy",
    "политика конфиденциальности", "سياسة الخصوصية", "disclaimer", "contact", "kontakt",
    "contact us", "about us", "über uns", "do not sell my info", "ad choices",
    "rechtliche hinweise", "haftungsausschluss",
];

/// Cookie and consent banners.
pub(crate) const COOKIE_PHRASES: &[&str] = &[
    "cookie", "cookies", "consent", "datenschutzeinstellungen", "datenschutz-einstellungen",
    "einwilligung", "zustimmung verwalten", "privacy settings", "gdpr", "dsgvo",
    "tracking technologies", "personalised ads", "personalized ads", "rgpd", "galletas",
];

/// Links and widgets that open a page: skip links, feed links, tag-manager frames.
pub(crate) const PAGE_START_PHRASES: &[&str] = &[
    "skip to content", "skip to main content", "skip to main", "skip to article",
    "skip to navigation", "skip to primary", "skip to the content", "jump to navigation",
    "jump to content", "jump directly to the content", "zum inhalt springen", "zum hauptinhalt",
    "direkt zum inhalt", "direkt zum hauptinhalt", "springe direkt", "springe zum inhalt",
    "zum inhalt wechseln", "zur navigation springen", "navigation überspringen",
    "überspringen zu", "aller au contenu", "passer au contenu", "aller au menu",
    "saltar al contenido", "ir al contenido", "pular para o conteúdo", "ir para o conteúdo",
    "vai al contenuto", "salta al contenuto", "перейти к контенту", "перейти к содержимому",
    "hyppää sisältöön", "ga naar de inhoud", "hoppa till innehåll", "googletagmanager",
    "iframe:", "navigation mit access keys", "zum inhalt accesskey", "toggle navigation",
    "refresh (", "wayback machine", "skip navigation", "zur hauptnavigation",
    "direkt zur hauptnavigation", "zum inhalt", "go to content", "aller à la navigation",
];

/// Share, follow and subscribe widgets.
pub(crate) const WIDGET_PHRASES: &[&str] = &[
    "share on", "share this", "share via", "teilen auf", "auf facebook teilen", "follow us",
    "folgen sie uns", "folge uns", "sign up for", "subscribe to", "newsletter abonnieren",
    "jetzt abonnieren", "whatsapp", "(button)", "click here", "hier klicken", "read more",
    "weiterlesen", "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren",
    "related articles", "you may also like", "recommended for you", "leave a reply",
    "leave a comment", "kommentar verfassen", "kommentar hinterlassen", "antwort verfassen",
    "ihre e-mail-adresse wird nicht veröffentlicht", "your email address will not be published",
    "required fields are marked", "pflichtfelder sind mit", "advertisement", "anzeige",
    "sponsored", "affiliate", "javascript", "browser", "app store", "google play",
    "all posts", "alle beiträge", "ver todas", "voir aussi", "ver también", "leia também",
    "leggi anche", "читайте также", "اقرأ أيضا", "print this", "e-mail this", "email this",
];

/// Words that open a byline or a dateline.
pub(crate) const BYLINE_STARTS: &[&str] = &[
    "by ", "von ", "por ", "par ", "di ", "door ", "av ", "af ", "от ", "written by",
    "posted by", "posted on", "published", "updated", "last updated", "veröffentlicht",
    "aktualisiert", "stand:", "erstellt", "autor:", "autorin:", "author:", "redaktion",
    "publicado", "actualizado", "publié", "mis à jour", "pubblicato", "aggiornato", "автор",
    "опубликовано", "بقلم", "نشر", "text:", "text von", "ein beitrag von", "verfasst von",
    "geschrieben von", "fotos:", "foto:",
];

/// Month names and abbreviations (matched as words), for datelines.
pub(crate) const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "januar", "jänner", "februar", "märz", "mai", "juni", "juli",
    "oktober", "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril",
    "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
    "novembro", "dezembro", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio",
    "settembre", "ottobre", "dicembre", "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря", "يناير", "فبراير", "مارس",
    "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
];

/// Units of relative dates (`3 hours ago`, `vor 2 Stunden`, `hace 5 días`), matched as
/// words right after a number.
pub(crate) const RELATIVE_TIME: &[&str] = &[
    "minutes", "minute", "mins", "hours", "hour", "hrs", "days", "day", "weeks", "minuten",
    "stunden", "stunde", "tagen", "wochen", "minutos", "horas", "hora", "días", "dias",
    "semanas", "heures", "heure", "jours", "semaines", "minuti", "ore", "giorni", "минут",
    "часов", "часа", "дней", "дня",
];

/// Labels that introduce a credited source, as `Label: value` at the start of a line.
pub(crate) const SOURCE_LABELS: &[&str] = &[
    "source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes", "fonti",
    "источник", "المصدر", "bron", "kilde", "lähde", "via", "credit", "credits",
];

/// News agencies recognised in credits and datelines.
pub(crate) const AGENCIES: &[&str] = &[
    "AP", "AFP", "Reuters", "dpa", "DPA", "KNA", "SID", "epd", "APA", "ANSA", "EFE", "Xinhua",
    "TASS", "UPI", "AAP", "PA", "Belga", "Kyodo", "Yonhap", "SDA", "Keystone-SDA", "KNA",
    "EPA", "Europa Press", "Lusa", "RIA Novosti", "Interfax", "Anadolu", "IANS", "PTI", "WAM",
    "SPA", "MENA", "dts", "ots", "kathpress", "idea", "CNA",
];

/// Credit words that mark a caption (`Foto: X`, `Photo: X`).
pub(crate) const CAPTION_CREDITS: &[&str] = &[
    "foto:", "fotos:", "photo:", "photos:", "bild:", "bilder:", "image:", "images:",
    "picture:", "credit:", "crédit", "crédito", "créditos", "quelle: ", "getty images",
    "shutterstock", "istock", "imago", "picture alliance", "picture-alliance", "/ afp",
    "/afp", "/ ap", "/ dpa", "/dpa", "/ reuters", "(photo", "(foto", "(bild", "фото:",
    "صورة", "afp via getty",
];

/// Agencies named in running text, with the canonical name each one credits.
pub(crate) const AGENCY_MENTIONS: &[(&str, &str)] = &[
    ("told AFP", "AFP"), ("told Reuters", "Reuters"), ("told the Associated Press", "AP"),
    ("told The Associated Press", "AP"), ("the Associated Press", "AP"),
    ("The Associated Press", "AP"), ("Agence France-Presse", "AFP"),
    ("according to Reuters", "Reuters"), ("(AFP)", "AFP"), ("(Reuters)", "Reuters"),
    ("(dpa)", "dpa"), ("(dpa/", "dpa"), ("(KNA)", "KNA"), ("(KNA/", "KNA"), ("(epd)", "epd"),
    ("(SID)", "SID"), ("(AP)", "AP"), ("(APA)", "APA"), ("(EFE)", "EFE"), ("(ANSA)", "ANSA"),
    ("sagte der dpa", "dpa"), ("der Deutschen Presse-Agentur", "dpa"),
    ("Deutsche Presse-Agentur", "dpa"), ("a déclaré à l'AFP", "AFP"), ("à l'AFP", "AFP"),
    ("dijo a la AFP", "AFP"), ("dijo a EFE", "EFE"), ("ha detto all'ANSA", "ANSA"),
    ("сообщает ТАСС", "TASS"), ("РИА Новости", "RIA Novosti"), ("لوكالة فرانس برس", "AFP"),
    ("فرانس برس", "AFP"), ("رويترز", "Reuters"),
];
