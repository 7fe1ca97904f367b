package org.recoupe.clean;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises boilerplate lines by their wording, in French, English and a few other European
 * languages: copyright, counters, paywall, newsletter, app, sharing, cookie, legal and navigation
 * prompts, bylines, credits, breadcrumbs, date lines. Each rule applies only to lines up to a
 * length, so that an article sentence that merely mentions a newsletter is not taken for one.
 */
final class LineVocabulary {

  /** A rule; an unanchored one has triggers, one of which the line must contain for it to run. */
  private record Rule(
      String reason, int maxWords, Pattern pattern, boolean anchored, String[] triggers) {
    boolean applies(String lower, int words) {
      if (words > maxWords) {
        return false;
      }
      boolean triggered = triggers.length == 0;
      for (int i = 0; i < triggers.length && !triggered; i++) {
        triggered = lower.contains(triggers[i]);
      }
      if (!triggered) {
        return false;
      }
      Matcher m = pattern.matcher(lower);
      return anchored ? m.lookingAt() : m.find();
    }
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern NOT_SHARE_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

  private static final String AGENCY =
      "afp|ap|reuters|associated press|agences?|agencies|dpa|ansa|efe|bloomberg|belga|xinhua|tass"
          + "|ria novosti|sputnik|getty( images)?|epa|shutterstock|istock(photo)?|alamy|abaca(press)?"
          + "|maxppp|sipa|hans lucas|leemage|wikimedia commons|unsplash|pixabay|pa( images| wire)?";

  private static final Rule[] RULES = {
    rule(Reason.COPYRIGHT, 60, "©|\\(c\\)\\s*(19|20)\\d\\d|\\ball rights reserved|tous droits réservés"
        + "|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati"
        + "|\\bcopyright\\b\\s*(\\d{4}|\\(c\\))", "©", "(c)", "rights", "droits", "rechte", "derechos", "diritti", "copyright"),
    rule(Reason.COMMENT_COUNT, 4, "^\\(?\\d[\\d\\s.,]*\\)?$|^\\(?\\d+\\)?\\s*(comments?|commentaires?"
        + "|réactions?|kommentare?|comentarios?|commenti|replies|responses|partages|shares)$"
        + "|^(comments?|commentaires?|réactions?)\\s*\\(?\\d+\\)?$"),
    rule(Reason.SHARE, 14, "^(click to |cliquez pour )?(share|partager|email|e-mail|print|imprimer|tweet"
        + "|envoyer)\\b.{0,40}\\b(facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|friend|ami"
        + "|window|fenêtre|this|cet|article)\\b"),
    rule(Reason.NAVIGATION, 80, "(t[eé]l[eé]phone|phone|tel|fax|e-?mail|courriel)\\s*:.*(t[eé]l[eé]phone"
        + "|phone|tel|fax|e-?mail|courriel)\\s*:", "phone", "fax", "mail", "courriel", "tel", "tél"),
    rule(Reason.NAVIGATION, 30, "^(tags?|filed under|mots-clés|mots clés|thèmes?|topics?|catégories?"
        + "|categories|posted in|classé dans|schlagwörter|etiquetas)\\s*:"),
    rule(Reason.TEASER, 40, "^(lire aussi|à lire aussi|a lire aussi|lire également|à lire|voir aussi"
        + "|à voir aussi|à voir|read more|read also|also read|read next|more reading|related"
        + "|see also|more from|more on this|recommended|you may also like|you might also like"
        + "|don't miss|ne manquez pas|ne ratez pas|plus d'articles|sur le même sujet|dans la même rubrique"
        + "|lesen sie auch|lesen sie mehr|mehr zum thema|leer más|lee también|te puede interesar"
        + "|leggi anche|more stories|top stories|most read|most popular|les plus lus|trending"
        + "|what to read next|further reading|click here|cliquez ici|watch:|regardez)\\b"),
    rule(Reason.SUBSCRIBER, 20, "réservée? (aux|à nos) abonnés|pour les abonnés|abonnés? seulement"
        + "|déjà abonné|subscribers? only|for subscribers|already a subscriber|subscribe to (continue|read)"
        + "|to continue reading|exclusive to subscribers|premium (article|content)|nur für abonnenten"
        + "|solo para suscriptores|riservato agli abbonati|paywall|abonnez-vous|subscribe now", "abonn", "subscri", "continue reading", "premium", "suscriptores", "paywall"),
    rule(Reason.NEWSLETTER, 25, "newsletter|lettre d'information|inscrivez-vous|inscription gratuite"
        + "|sign up (for|to)|subscribe (to|for) (our|the)|bo[iî]te (e-?)?mail|your inbox"
        + "|recevez (chaque|gratuitement|nos|notre|toute)|recevoir (la|nos|notre)|e-?mail address"
        + "|adresse (e-?)?mail|vous aimez nos contenus|enter your email", "newsletter", "lettre", "inscri", "sign up", "subscribe", "mail", "inbox", "recev",
        "contenus"),
    rule(Reason.APP, 20, "\\b(télécharge[rz]?|download|install(ez|er)?|get)\\b.{0,30}\\b(app|appli"
        + "|application)\\b|app store|google play|\\bnotre application\\b|\\bour app\\b", "app", "google play"),
    rule(Reason.APP, 4, "\\b(app|appli|application)$", "app"),
    rule(Reason.COOKIE, 200, "\\bcookies?\\b.*\\b(use|utilis|accept|consent|privacy|navigation|personnalis"
        + "|verwend|experience|expérience)|\\b(accept|accepter|refuser|manage) (all )?cookies", "cookie"),
    rule(Reason.SOURCE_LINK, 8, "^(source link|source url|lien source|original source|sources?\\s*:|via\\s*:)"),
    rule(Reason.ADVERTISEMENT, 8, "^(advertisement|advertising|publicité|pub|annonce|anzeige|werbung"
        + "|publicidad|pubblicità|sponsored( content)?|contenu sponsorisé|paid content|partner content"
        + "|ads?|story continues below( advertisement)?|continue reading( the main story| below)?"
        + "|la suite après (cette )?(la )?publicité|article continues below.*|scroll to continue.*)$"),
    rule(Reason.RECAP, 8, "^(le récap|récap|recap|tl;? ?dr|en bref|l'essentiel|ce qu'il faut retenir"
        + "|à retenir|key points|key takeaways|in brief|summary|sommaire|table of contents|contents"
        + "|in this article|dans cet article|résumé|the big picture|highlights)\\s*:?$"),
    rule(Reason.TEASER, 6, "^(en savoir plus|learn more|find out more|voir plus|see more|show more"
        + "|load more|afficher plus|read the full (story|article)|more news|plus d'infos)\\s*:?$"),
    rule(Reason.LEGAL, 10, "^(mentions légales|infos? légales|informations légales|conditions (générales )?"
        + "d'utilisation|cgu|cgv|politique de confidentialité|(gestion des |vos )?données personnelles"
        + "|vie privée|privacy( policy| notice| settings)?|terms( of (use|service))?|terms (&|and) "
        + "conditions|legal notice|imprint|impressum|datenschutz|accessibility|accessibilité"
        + "|réutiliser ce contenu|reuse (this )?content|reprints?( (&|and) permissions)?|licensing"
        + "|(ad|advertising) choices|do not sell my.*|cookie (policy|settings|preferences)|charte.*"
        + "|advertise( with us)?|careers|jobs|nous rejoindre|code of conduct|corrections)$"),
    rule(Reason.LEGAL, 150, "registered trademarks?|trademarks? of\\b|marques? déposées?|not (been )?evaluated by"
        + " the food|for (general )?informational purposes|à titre (purement )?informatif|consult your"
        + " (physician|doctor)|we (may )?(earn|receive) (a )?(small )?(affiliate )?commission|affiliate"
        + " (links?|commission)|liens? (d'affiliation|affiliés)|this (site|website) is protected by"
        + "|by (using|continuing to use) this (site|website)|en poursuivant (votre )?navigation", "trademark", "marque", "evaluated", "informational", "informatif", "consult",
        "commission", "affili", "protected", "this site", "this website", "navigation"),
    rule(Reason.NAVIGATION, 6, "^(menu|main menu|navigation|nav|skip to (main )?(content|navigation)"
        + "|aller (au|directement au) contenu( principal)?|accueil|home|homepage|search|rechercher"
        + "|recherche|log ?in|log ?out|sign ?in|sign up|se connecter|connexion|s'identifier|mon compte"
        + "|my account|register|s'inscrire|close|fermer|back to top|retour en haut( de la page)?|top"
        + "|next|previous|suivant|précédent|page \\d+|subscribe|s'abonner|contact|contactez-nous"
        + "|nous contacter|contact us|à propos|a propos|about|about us|qui sommes-nous|plan du site"
        + "|sitemap|faq|aide|help|rss|toggle navigation|open menu|close menu|sections|more|en ce moment"
        + "|trending now|édition|edition|english edition|print edition|all topics|tous les sujets)\\s*:?$"),
    rule(Reason.CREDIT, 10, "^(.{0,40}\\s)?(avec|with|and|et|\\+)\\s+(" + AGENCY + ")$"
        + "|^(photo|photos|image|images|picture|illustration|crédits?|credits?|photograph|foto|bild"
        + "|image source|photo credit)\\s*(:|/|©|by\\b)|^\\(?(" + AGENCY + ")\\)?\\s*(photo)?$"
        + "|^\\(?(" + AGENCY + ")( photo)?\\s*/|^\\[[^\\]]*\\]$"),
    rule(Reason.BREADCRUMB, 20, "^[^>›»/|]{1,40}( (>|›|»|→|/) [^>›»/|]{1,40}){2,}$"),
  };

  private static final String NAMES = "(\\s+\\p{Lu}[\\p{L}.'-]*){1,4}((\\s*,\\s*|\\s+(?iu:and|et|und|y|e)"
      + "\\s+|\\s*&\\s*)\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,3})*";
  private static final String BY = "(?iu:by|par|von|por|di|door|auteur\\s*:|author\\s*:|written by|écrit par"
      + "|texte\\s*:|posted by|publié par|rédigé par|story by|words by|reporting by)";
  private static final Pattern BYLINE = Pattern.compile("^" + BY + NAMES
      + "(\\s*[,|–—-].*|\\s+(?iu:on|le|am|el|il|at|à|in|updated|mis à jour|publié|published)\\b.*)?$"
      + "|^(?iu:by|par|von|por)$");
  /** "Monday November 18, 2019 7:45 am PST by Joe Rossignol": a date, then the byline. */
  private static final Pattern DATE_THEN_BYLINE = Pattern.compile("^(.*?)\\s*[,|–—-]?\\s+" + BY + NAMES + "$");

  private static final Set<String> SHARE_WORDS = Set.of(
      "share", "partager", "partagez", "partage", "teilen", "compartir", "condividi", "tweet",
      "tweeter", "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit",
      "messenger", "telegram", "email", "e-mail", "mail", "print", "imprimer", "copy", "copier",
      "link", "lien", "le", "this", "article", "cet", "on", "sur", "via", "save", "sauvegarder",
      "enregistrer", "flipboard", "google", "youtube", "instagram", "tiktok", "bluesky", "threads",
      "mastodon", "follow", "us", "suivez", "nous", "sms", "send", "envoyer", "story", "page",
      "comment", "commenter", "comments", "text", "gift", "offrir", "url", "copied", "or", "ou");

  private static final Set<String> SHARE_CORE = Set.of(
      "share", "partager", "partagez", "partage", "teilen", "compartir", "condividi", "tweet",
      "tweeter", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "messenger",
      "telegram", "flipboard", "instagram", "youtube", "tiktok", "bluesky", "mastodon", "email",
      "e-mail", "print", "imprimer", "follow", "suivez");

  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
      "août", "septembre", "octobre", "novembre", "décembre", "januar", "februar", "märz", "juni",
      "juli", "oktober", "dezember", "enero", "febrero", "marzo", "mayo", "junio", "julio",
      "agosto", "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile",
      "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre");

  private static final Set<String> DATE_WORDS = Set.copyOf(Arrays.asList(
      "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
      "samedi", "dimanche", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "a", "p",
      "m", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "gmt", "utc", "bst", "cet", "cest",
      "h", "le", "à", "a", "on", "at", "published", "updated", "posted", "modified", "publié",
      "publiée", "mis", "jour", "modifié", "actualisé", "last", "first", "aktualisiert",
      "veröffentlicht", "am", "um", "uhr", "de", "del", "publicado", "actualizado", "pubblicato",
      "il", "alle", "ore", "min", "mins", "read", "lecture", "minutes", "minute", "ago", "il", "y",
      "hours", "hour", "heures", "heure", "days", "jours", "th", "st", "nd", "rd", "er", "today",
      "yesterday", "aujourd'hui", "hier", "time", "temps", "of", "du", "in"));

  private LineVocabulary() {}

  /**
   * Rules are written in lower case and matched against the lower-cased line; one that is a single
   * "^…" expression is only tried at the start of the line.
   */
  private static Rule rule(String reason, int maxWords, String regex, String... triggers) {
    boolean anchored = regex.startsWith("^") && !regex.contains("|^");
    return new Rule(reason, maxWords, Pattern.compile(regex), anchored, triggers);
  }

  /** The reason {@code line} is boilerplate by its wording alone, or {@code null}. */
  static String classify(Line line) {
    String t = normalise(line.body());
    String lower = t.toLowerCase(Locale.ROOT);
    int words = line.words();
    for (Rule r : RULES) {
      if (r.applies(lower, words)) {
        return r.reason();
      }
    }
    if (words <= 16 && BYLINE.matcher(t).matches()) {
      return Reason.BYLINE;
    }
    if (words <= 16) {
      Matcher m = DATE_THEN_BYLINE.matcher(t);
      if (m.matches() && isDate(m.group(1).toLowerCase(Locale.ROOT))) {
        return Reason.BYLINE;
      }
    }
    if (words <= 12) {
      if (allIn(lower, SHARE_WORDS, SHARE_CORE)) {
        return Reason.SHARE;
      }
      if (isDate(lower)) {
        return Reason.DATE;
      }
    }
    return null;
  }

  /** Whether a short line consists of date and time words and numbers, with at least one number. */
  static boolean isDate(String lower) {
    boolean digit = false;
    boolean month = false;
    for (String w : NOT_WORD.split(lower)) {
      if (w.isEmpty()) {
        continue;
      }
      if (Character.isDigit(w.charAt(0))) {
        digit = true;
        if (!w.chars().allMatch(c -> Character.isDigit(c) || "hHstndrme".indexOf(c) >= 0)) {
          return false;
        }
      } else if (MONTHS.contains(w)) {
        month = true;
      } else if (!DATE_WORDS.contains(w)) {
        return false;
      }
    }
    return digit && (month || NUMERIC_DATE.matcher(lower).find());
  }

  private static boolean allIn(String lower, Set<String> words, Set<String> core) {
    boolean hasCore = false;
    for (String w : NOT_SHARE_WORD.split(lower)) {
      if (w.isEmpty()) {
        continue;
      }
      if (!words.contains(w)) {
        return false;
      }
      hasCore |= core.contains(w);
    }
    return hasCore;
  }

  /** Apostrophes, non-breaking and repeated spaces made plain, for matching. */
  static String normalise(String s) {
    return Line.squash(s).replace('’', '\'').replace('ʼ', '\'').replace('`', '\'');
  }
}
