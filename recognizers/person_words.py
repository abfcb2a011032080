"""What one word is worth as a name: the tests and word classes the person rules share.

Particles, street types, titles and the cues that announce a person; whether a
word is an ordinary word, a stranger to every list, a given name that stands
alone, a listed name run into another. The rules in ``person_runs``,
``person_handles``, ``person_cues``, ``person_initials`` and ``person_scripts``
ask these; the recognizer (``person``) puts the rules together.
"""

from __future__ import annotations

import regex

from recognizers.names import (
    NameData,
    common_english,
    english_words_with,
    fold,
    foreign_words,
    rare_english,
    short_given_names,
    towns,
)

Word = tuple[int, int, str]

THRESHOLD = 1.0
INITIAL = 0.7  # "J. Smith", "j_smith", "jsmith": with a surname that is a name
MIN_INITIAL_SURNAME = 0.3
# Letters of a surname only the census's tail lists, for it to count glued to an initial.
MIN_CENSUS_AFTER_INITIAL = 6
# Each of the two words must stand as a name on its own, evidence included:
# one strong name beside an ordinary word ("the Alexa") is not a person.
MIN_WORD = 0.3
# Words glued in camel case inside prose join into a name only if each is this
# little a word ("MariaJoseSantos"; "PowerPoint", "SageMaker" stay products).
GLUED_MAX_WORDINESS = 0.15
# A given name before a dot and a surname may be a little more a word ("arjun.mehrotra").
DOTTED_MAX_WORDINESS = 0.3
CLEAR_GIVEN = 0.8  # a listed given name this little a word stands alone with any surname
# No name run together is longer ("genevievebouchardlevesque" has 25): a longer
# run of letters is read no further, as each cut of it would copy it again.
MAX_GLUED = 40

# Closed classes, not name lists: particles inside surnames, street types,
# titles and the words that announce a name.
# Patronymic words after a father's name (Kazakh, Kyrgyz, Azerbaijani, Uzbek,
# Turkmen): "Aizada Bakyt kyzy", "Sherzod Baxtiyor o'g'li Karimov".
PATRONYMICS = frozenset("kyzy qizi qyzy gyzy kizi uly ulu uulu oglu ogly ogli ugli".split())
PARTICLES = (
    frozenset(
        "van der den de del della di da dos das du la le los las von zu ter ten al el bin ibn"
        " abu ben"
        " binti bte binte bt"
        # Welsh "ap" (son of), Irish "Ó", "Ní" and "Uí" written apart.
        " ap ó ní uí o ni ui"
        # Kalenjin "arap" (son of), Kikuyu and Swahili "wa" (of): "Kiprono arap Korir".
        " arap wa"
        # Dutch "te" (Roman te Laar) and Māori "te" (Wiremu Te Rangi).
        " te".split()
    )
    | PATRONYMICS
)
# Italian particles elided before a vowel, and Portuguese and Italian "Sant'"
# (saint), joined by an apostrophe to the capitalized rest of a surname:
# "Dell'Acqua", "Dall'Ara", "Sant'Anna".
ELIDED_PARTICLES = frozenset("dell dall nell sull coll sant".split())
# Street types (a closed class, in the languages of the name lists, and the
# Korean and Japanese ones romanized: "Toegye-ro", "Sejong-daero", "Omotesando-dori"):
# the word after a name that makes it an address.
STREET_TYPES = frozenset(
    "street st avenue ave road rd lane ln way boulevard blvd court ct place pl square sq"
    " terrace crescent close parade highway hwy alley circle plaza quay wharf mews"
    " strasse straße str gasse weg platz allee rue calle avenida rua via viale corso"
    " straat laan ulica gate gata gatan vei veien vej vejen vegen vag vagen katu torg torget"
    " plass plads iela gatve tanav prospekt chowk marg sarani soi caddesi cadde bulvari bulvar"
    " sokak sokagi ro daero dori"
    # Hungarian, written after the name too ("Kossuth Lajos utca", "Bartók Béla út")
    " utca ut korut rakpart fasor setany".split()
)
# Asking, calling, telling or handing over to a person in other languages
# (a closed class): "avisar a", "ligar para", "prévenir", "chiedere a",
# "zu Händen", "t.a.v.", "ring til", "zadzwoń do".
ASKED_IN_OTHER_LANGUAGES = (
    # Spanish
    r"(?i:(?:avisar|avisa|avise|escalar|escala|llamar|llama|llame|preguntar|pregunta|contactar"
    r"|contacta|contacte|notificar|notifica|informar|consultar|asignad[oa]|enviad[oa]"
    r"|entregad[oa]|dirigid[oa]) al?"
    r"|(?:hablar|habla|coordinar|coordina|coordinad[oa]s?|consultar) con"
    # Portuguese
    r"|(?:falar|fale|conversar) com|(?:ligar|ligue|liga) para|(?:perguntar|pergunte) (?:a|ao|à)"
    r"|(?:atribu[íi]d[oa]|entregue|enviad[oa]|encaminhad[oa]) (?:a|ao|à|para)|aos cuidados de"
    # French
    r"|prévenir|prévenez|contacter|contactez|(?:demander|demandez|assignée?|envoyée?|transmise?"
    r"|remise?) à|à l'attention de"
    # Italian
    r"|avvisare|avvisa|contattare|contatta|(?:chiedere|chiedi|assegnat[oa]|inviat[oa]"
    r"|consegnat[oa]) a|a cura di|all'attenzione di"
    # German, Dutch
    r"|(?:zugewiesen|übergeben|gesendet|geschickt|weitergeleitet|wenden sie sich) an"
    r"|zu händen|im auftrag von|(?:toegewezen|overgedragen) aan|ter attentie van"
    r"|t\.a\.v\.|namens"
    # Danish, Norwegian and Swedish; Polish
    r"|ring til|ring till|kontakt|kontakta|tildelt|tilldelad|overdraget til|överlämnad till"
    r"|(?:zadzwoń|zadzwon|zgłoś|zglos|przypisane|przekazane) do|na prośbę|kontakt z)"
)
# ... and "by" in Afrikaans, Indonesian and Malay, Romanian.
HANDED_IN_OTHER_LANGUAGES = rf"(?i:deur|oleh|de către|{ASKED_IN_OTHER_LANGUAGES})"
HANDED_TO = regex.compile(
    r"\b(?:by|to|from|(?:ask|ping|notify|escalate|assign)(?<!--\w+)|contact|owner|cc|assigned|on-?call"
    r"|caller|customer|patient|member|agent|driver|pharmacist|nurse|technician|tech"
    r"|reporter|requester|approver|reviewer|engineer|user|(?:request|behalf) of"
    # "by" in Spanish and Portuguese, French, German, Dutch, Polish; English and
    # Italian "per": "escrito por", "tenu par", "von R. Koopmans", "per Shirley Nez".
    r"|por|par|von|door|przez|per"
    # ... and "by" in Afrikaans, Indonesian and Malay, Romanian; or asking,
    # calling, telling or handing over to a person in other languages.
    rf"|{HANDED_IN_OTHER_LANGUAGES})"
    r"(?:\s+(?:dr|mr|mrs|ms|prof)\.?)?\s+$"
)
# Street types written before the street's name (a closed class), capitalized
# there; and the stations and buildings so named ("Estación Miguel Grau", "Av.
# Grau", "Hotel Miguel de Cervantes", "Gare Victor Hugo"). Not the types that
# are surnames too ("Sala", "Mercado", "Torre", "Bar", "Park").
LEADING_STREETS = frozenset(
    "via viale corso piazza largo rue avenue boulevard calle avenida paseo carrer rua "
    "travessa praca plaza ulica strada jalan jl jln lorong duong pho thanon soi av avda "
    "estacion estacao terraza".split()
)
LEADING_STREET_TYPES = LEADING_STREETS | frozenset(
    " gare hotel hostal pousada restaurante ristorante museo museu teatro estadio stade"
    " estadi aeropuerto aeroporto aeroport hospital hopital clinica colegio escuela escola"
    " ecole liceo lycee musee universidad universidade universite universita instituto"
    " biblioteca bibliotheque fundacion auditorio galeria capilla igreja templo parque"
    " parc".split()
)
SAINTS = frozenset("st saint sainte ste san sant santa santo sao sankt sint".split())
# A title before a surname (a closed class), then the surname with its first capital.
TITLES = frozenset(
    "mr mrs ms miss mx dr dra prof herr frau mme mlle sr sra srta engr atty capt".split()
)
# Labels and sign-offs that announce a person, in the languages of the name
# lists (a closed class): "responsible", "contact", "handed over / taken over
# by", "kind regards".
PERSON_LABELS = "|".join(
    [
        "responsible|regards|sincerely|signed|reporter|handover|requester",
        # Polish, Czech and Slovak
        "odpowiedzialn[ya]|zgłaszając[ya]|przejął|przejęła|przekazała?|pozdrawiam",
        "z poważaniem|osoba kontaktowa|wg|odpovědn[ýá]|zodpovedn[ýá]|s pozdravem",
        "předala?|převzala?|vyřizuje",
        # Hungarian, Romanian, Turkish
        "felelős|ügyintéző|kapcsolattartó|üdvözlettel|átvette|átadta",
        "responsabilă?|preluată? de|predată? de|cu stimă",
        "sorumlu|saygılarımla|yetkili|teslim alan|teslim eden",  # noqa: RUF001 (Turkish dotless i)
        # Owners, managers and whoever is responsible in Uzbek, Georgian, Armenian,
        # Hebrew, Amharic, Zulu and Xhosa, Luganda, Indonesian, Vietnamese, Tagalog
        "javobgar|egasi|პასუხისმგებელი|მფლობელი|պատասխանատու|սեփականատեր|בעלים|בעל הנכס",
        "ኃላፊ|ባለቤት|umphathi|umnikazi|mwine|pemilik|chủ sở hữu|người quản lý|may-ari",
        "tagapamahala",
        # Greek, Ukrainian, Russian, Hebrew (Cyrillic letters, as written)
        "υπεύθυνος|υπεύθυνη|με εκτίμηση|відповідальн(?:ий|а)|з повагою",  # noqa: RUF001
        "ответственн(?:ый|ая)|с уважением|אחראית?|בברכה|איש קשר",  # noqa: RUF001
        # German, French, Spanish, Portuguese, Italian, Dutch, Nordic
        "verantwortlich|ansprechpartner(?:in)?|gez|grüßen?|cordialement|interlocuteur",
        # Owners, holders, customers, drivers, technicians and whoever is on call
        # (German, Dutch, Nordic, French, Spanish, Portuguese, Italian, Polish, Turkish)
        "besitzer(?:in)?|inhaber(?:in)?|kund(?:e|in)|fahrer(?:in)?|techniker(?:in)?",
        "hausmeister(?:in)?|betreuer(?:in)?|rufbereitschaft|angefragt von|rückfragen an",
        "eigenaar|klant|chauffeur|monteur|beheerder|ejer|indehaver|vagt|tekniker",
        "propriétaire|titulaire|technicien(?:ne)?|propietari[oa]|titular|técnic[oa]",
        "proprietári[oa]|proprietari[oa]|titolare|tecnico|właściciel(?:ka)?|sahibi",
        "responsable|responsável|responsabile|atentamente|saludos|atenciosamente",
        "cordiali saluti|verantwoordelijke|met vriendelijke groet|contactpersoon",
        "ansvarlig|ansvarig|hilsen|hälsningar|kontaktperson|vastuuhenkilö|terveisin",
        "yhteyshenkilö|yhteyshenkilo",
        # Latvian, Lithuanian, Estonian, Icelandic, Bulgarian, Albanian, Maltese,
        # Azerbaijani, Mongolian (Cyrillic letters, as written)
        "atbildīg(?:ais|ā)|kontaktpersona|atsaking(?:as|a)|vastutaja|kontaktisik",
        "ábyrgðarmaður|tengiliður|отговорник|përgjegjës|responsabbli|məsul|хариуцагч",
        # Swahili (supervisor, person responsible, manager, owner, contact),
        # Kinyarwanda (head, in charge), Somali (manager, owner)
        "msimamizi|mhusika|meneja|mmiliki|mawasiliano|umuyobozi|ushinzwe|maamule|milkiile",
        # Roles that name the person next: English; Russian, Ukrainian, Kazakh
        # (Cyrillic letters, as written), Uzbek, Turkish
        "driver|courier|technician|engineer|operator|inspector|supervisor|dispatcher",
        "installer|nurse|doctor|водитель|владел(?:ец|ица)|контактное лицо|исполнитель",
        "инженер|техник|оператор|менеджер|курьер|диспетчер|водій|власни(?:к|ця)|інженер",
        "технік|жауапты|иесі|жүргізуші|mas'ul|haydovchi|sürücü|şoför|teknisyen|operatör",
        # Vietnamese, Indonesian and Malay, Thai
        "liên hệ|người liên hệ|phụ trách|người phụ trách|người báo cáo|trân trọng",
        "penanggung jawab|hubungi|dilaporkan oleh|kontak|hormat kami|salam",
        "ผู้แจ้ง|ติดต่อ|ผู้ติดต่อ|ผู้รับผิดชอบ|ผู้ดูแล|ขอแสดงความนับถือ",
        # Hindi, Bengali, Urdu, Arabic, Persian
        "संपर्क|जिम्मेदार|ज़िम्मेदार|प्रभारी|सादर|যোগাযোগ|দায়িত্বে|ধন্যবাদান্তে",
        "رابطہ|ذمہ دار|منجانب|المسؤول|مسؤول|للتواصل|مع تحياتي|مسئول|تماس|با احترام",
        # Chinese, Japanese, Korean
        "负责人|負責人|联系人|聯絡人|经办人|經辦人|担当者|担当|連絡先|담당자|담당|연락처",
    ]
)
# Greetings and thanks in other languages, said to the person named next ("Gracias
# Lucía", "Danke Jörg", "Terima kasih Budi", "Enkosi Tshawe"): a closed class.
GREETINGS = (
    "hola|bonjour|hallo|moin|servus|hej|hei|hoi|ciao|olá|merhaba|selam|cześć|ahoj|szia"
    "|sawubona|molo|jambo|habari|salaam|salam|sannu|kia ora|talofa|xin chào|kumusta"
    "|namaste|vanakkam|привет|здравствуйте"
    "|gracias|merci|danke|dankie|bedankt|tack|takk|kiitos|grazie|obrigad[oa]|teşekkürler"
    "|dziękuję|děkuji|köszönöm|mulțumesc|asante|enkosi|ngiyabonga|siyabonga|inkomu"
    "|terima kasih|salamat|cảm ơn|shukran|medaase|jërëjëf|murakoze|webale|mahalo"
    "|спасибо|дякую|ευχαριστώ"
)
CUES = regex.compile(
    r"(?i)\b(?:by|owner|owned|contact|author|maintainer|manager|assignee|attn|dear|hi|hello"
    r"|mr|mrs|ms|miss|dr|prof|sir|madam|name|user|customer|employee|patient|cc"
    rf"|{GREETINGS}|{PERSON_LABELS})\W{{0,3}}$"
    # A label and one word qualifying it, then a colon: "shift lead:", "υπεύθυνος βάρδιας:";
    # or the label, then "is" in its language: "the owner is", "ansvarlig er",
    # "verantwortlich ist", "el responsable es", "le responsable est".
    rf"|\b(?:{PERSON_LABELS}|owner|contact|manager|lead)"
    r"\s+(?:[\w.]+\s*:\s*|(?:is|er|ist|es|est|è|é|är|jest)\s+)$"
)
# The commonest Korean surnames as romanized (Revised, McCune-Reischauer and
# the spellings families chose) and the commonest Taiwanese ones (Wade-Giles):
# a closed class, like the particles, covering most of either population.
EAST_ASIAN_SURNAMES = frozenset(
    "kim gim lee yi rhee ri park pak bak choi choe jung jeong chung kang cho jo yoon yun jang"
    " chang lim im han oh seo suh shin sin kwon hwang ahn an song yoo yu ryu hong jeon chun"
    " ko go moon mun yang son bae baek paik heo huh nam noh roh ha kwak sung cha joo woo min"
    " koo ku chen lin huang li wang wu liu tsai hsu cheng hsieh kuo hung tseng chiu liao lai"
    " chou yeh su chuang lu chiang ho kao lo chien chan chow wong"
    # Hong Kong's and Macau's (the government's romanization of Cantonese).
    " cheung leung lau ng tsang yip lam tang kwok mak fung yeung tse hui kwan siu tam poon chu"
    " yuen mok ma kong au ko tong wan ip kwong lui choi"
    # Singapore's and Malaysia's (Hokkien, Teochew and Hakka romanizations).
    " tan lim goh teo koh ong toh chua neo seah quek heng yeo tay loh chia chong phua soh"
    " wee khoo yap liew leong chin tham gan".split()
)
# Both of a given name's syllables this much English words: "Pop-up", not "Su-bin".
WORDY_SYLLABLE = 0.5
_GEORGIAN = regex.compile(r"\p{Georgian}")
CAPITAL = regex.compile(r"\p{Lu}")


def is_particle(word: str) -> bool:
    """A particle as written ("de", "VAN", "Ní"), or in letters without their
    marks only where it has none: Vietnamese "Lê" and "Đỗ" are surnames."""
    return word.lower() in PARTICLES or (word.isascii() and fold(word) in PARTICLES)


def handle_word(word: str, data: NameData) -> bool:
    """One word of a cued handle that names a person (see ``cued_handles``)."""
    if word in data.places or word in data.glued_words or word in foreign_words():
        return False
    if word in data.given or word in data.family:
        # as little a word as a glued name ("nguyen", "kasun"; not "picker")
        return len(word) >= 4 and data.word_score(word) <= GLUED_MAX_WORDINESS
    if data.is_english(word) or word in towns():  # "owned-by-hsinchu"
        return False
    if len(word) >= 5 and vowel_count(word) >= 2:
        return not (
            word in rare_english()  # "user/introspect", "by-grafana"
            or compound_word(word, data)
            or foreign_compound(word, data)
            or ends_in_word(word, data)
            or _english_derivative(word, data)
        )
    surname = word[1:]  # "viyer", "ksato"
    return (
        len(surname) >= 3
        and surname in data.family
        and not data.is_english(surname)
        and surname not in data.places
    )


# Endings that make a word of an English word, which the frequency lists hold
# less often than the word itself: "authorizer", "rebalancing", "energetician".
_ENGLISH_ENDINGS = ("r", "er", "or", "s", "es", "ing", "ed", "ers", "ors", "ian")
MIN_STEM = 4  # letters: "agents" -> "agent"; not "tes" -> "te"


def _english_derivative(word: str, data: NameData) -> bool:
    """Whether ``word`` is an ordinary English word with an ending added."""
    return any(
        word.endswith(ending)
        and len(word) - len(ending) >= MIN_STEM
        and data.word_score(word[: -len(ending)]) >= MIN_WORD
        for ending in _ENGLISH_ENDINGS
    )


def ends_in_word(word: str, data: NameData) -> bool:
    """Whether ``word`` is something run together with an English word of four
    letters or more that is more a word than a name ("cliuser", "sagemaker")."""
    return any(
        data.is_english(word[k:])
        and word[k:] not in data.usable
        and data.word_score(word[k:]) >= MIN_WORD
        for k in range(3, len(word) - 3)
    )


# The street types their languages write glued to the name ("Calandlaan",
# "Drottninggatan"); English writes them apart ("Southgate" is a surname).
GLUED_STREET_TYPES = tuple(
    "laan straat strasse gasse allee platz gatan vagen vegen veien vejen plads torget katu".split()
)


def glued_full(word: str, data: NameData, *, veto: bool = True) -> bool:
    """A listed given name of four letters or more run into a listed surname of
    five or more ("yoshinoya" is a restaurant chain), each barely a word, the
    given name no place, the whole no listed name, English word or place
    itself ("annabelle", "marksman")."""
    if len(word) > MAX_GLUED:
        return False
    if word in data.given or word in data.family or data.is_english(word) or word in data.places:
        return False
    if veto and word in data.glued_words:
        return False  # a word of another language ("experiencias")
    for cut in range(4, len(word) - 4):
        given, surname = word[:cut], word[cut:]
        if _strangers_glued(given, surname, data):
            return True
        # One of a country's commonest given names before a surname more than
        # the census's tail lists, of six letters or among the commonest too:
        # not "esco|degen" or "lexi|cally" in code, nor most words of other
        # languages (measured on wordfreq's lists: 0.03-0.07% of their long words).
        if not (
            (given in data.popular or (len(given) >= 6 and len(word) - cut >= 6))
            and given in data.given
            and data.name_wordiness(given) <= GLUED_MAX_WORDINESS
            and given not in data.places
        ):
            continue
        if (glued_surname(surname, data) and (len(surname) >= 6 or surname in data.popular)) or (
            len(surname) >= 8 and _two_surnames(surname, data)
        ):
            return True
    return False


MIN_STRANGER = 5  # letters of each part: shorter ones cut words anywhere ("marc|hing")


def _strangers_glued(given: str, surname: str, data: NameData) -> bool:
    """A listed given name and a listed surname that are no English words, run
    together, however rare the given name and whoever lists the surname
    ("arjunmehrotra", "pembasherpa", "tigistgebremedhin"): the commoner names
    the rule above asks for leave out most of the world's. Neither part the
    beginning or the ending of an English word ("harmo|nizer", "welda|bility");
    words of other languages that so read are vetoed by ``glued_words``, built
    with this rule."""
    return (
        len(surname) >= MIN_STRANGER
        and len(given) >= MIN_STRANGER
        and given in data.given
        and surname in data.family
        and _no_word(surname, data)
        and _no_word(given, data)
        and surname not in data.places
        and given not in data.places
        # no cut between a word's beginning and its ending: "harmo|nizer", "welda|bility"
        and not english_words_with(given, ending=False)
        and not english_words_with(surname, ending=True)
    )


def _no_word(word: str, data: NameData) -> bool:
    """Not among English's commonest words, and barely used as a word at all."""
    return word not in common_english() and data.word_score(word) <= GLUED_MAX_WORDINESS


def glued_surname(word: str, data: NameData) -> bool:
    """A listed surname more than the census's tail lists and barely a word:
    what a name run together may end in."""
    return (
        word in data.family
        and word not in data.census_only
        and data.name_wordiness(word) <= GLUED_MAX_WORDINESS
    )


def _two_surnames(word: str, data: NameData) -> bool:
    """Two listed surnames of four letters or more run together, each barely a
    word and more than the census's tail lists: the double surnames of Spanish
    and Québécois names ("hernandezruiz", "bouchardlevesque")."""
    return any(
        glued_surname(word[:cut], data) and glued_surname(word[cut:], data)
        for cut in range(4, len(word) - 3)
    )


DIGIT = regex.compile(r"[0-9]")
# A data file's type after a user name ends the name ("in/kadeen.thompsonbailey.json",
# "in/thenmozhi.a.csv"), though a dot after it otherwise glues it to more (a
# host's name, code).
DATA_FILE_TYPE = regex.compile(
    r"(?i:\.(?:json|jsonl|ndjson|csv|tsv|txt|parquet|avro|orc|xlsx?|xml|ya?ml|pdf|gz|zip)"
    r"(?:\.(?:gz|bz2|zst|zip))?)(?![\p{L}\p{N}.])"
)


def glued_after(text: str, end: int, marks: str) -> bool:
    """Whether a name ending at ``end`` is glued to more after it: a letter or
    a digit, or one of ``marks``; not a data file's type, which ends it."""
    return (
        end < len(text)
        and (text[end].isalnum() or text[end] in marks)
        and DATA_FILE_TYPE.match(text, end) is None
    )


LEADING_YEAR = regex.compile(r"(?:19|20)[0-9]{2}[ ./\-]")


def is_stranger(word: str, data: NameData) -> bool:
    """A word of four letters or more no list, dictionary or gazetteer holds."""
    return (
        len(word) >= 4
        and not data.is_english(word)
        and word not in data.usable
        and word not in data.places
    )


def unknown_word(word: str, data: NameData, *, listed: bool = True) -> bool:
    """A word of three letters or more that no list nor dictionary here knows,
    nor a common word of another language ("Monat", "Gesamt"); with
    ``listed=False``, the name lists aside."""
    return (
        len(word) >= 3
        and not data.is_english(word)
        and word not in data.places
        and word not in data.glued_words
        and (not listed or (word not in data.given and word not in data.family))
        and word not in foreign_words()
    )


MIN_VOUCHING_DIGITS = 8


def clear_given(word: str, data: NameData, *, town_ok: bool = False) -> bool:
    """A listed given name that is barely a word and no place: one that stands
    for a person alone ("Aisha", "Marcus"; not "Grace", "Paris"). With
    ``town_ok``, a town's name may be one ("Gary", where no town is meant)."""
    return (
        word in data.given
        and 1.0 - data.name_wordiness(word) >= CLEAR_GIVEN
        and (town_ok or word not in data.places)
    )


def word_more_than_name(word: str, data: NameData) -> bool:
    """Among English's commonest words (``common_english``) and none of a
    country's commonest names: "link", "python", "apollo", "karma" (which
    wordiness, weighing English against other languages, takes for names:
    software carries its words into every language); not "derek", "lam"
    after a popular given name ("derek_lam"), nor a popular name's short form
    ("doug_clark": subtitles count "doug" as they count the names)."""
    return word in common_english() and word not in data.popular and word not in short_given_names()


def leading_street_type(text: str, words: list[Word], k: int) -> bool:
    """Word k is a street type of those written first ("Via", "Rue"): capitalized,
    or in an identifier ("rua-augusta"), where "via" is no preposition."""
    if words[k][2] not in LEADING_STREET_TYPES:
        return False
    return text[words[k][0]].isupper() or (" " not in text.strip() and words[k][2] != "via")


def vowel_count(word: str) -> int:
    """How many vowels a folded word holds ("y" counted): a name has some,
    an abbreviation ("skd", "drvr") few or none."""
    return sum(ch in "aeiouy" for ch in word)


def long_stranger(word: str, data: NameData, *, vowels: int = 3) -> bool:
    """A word of six letters or more with a name's vowels that is no English
    word, nor two run together: "brzeczyszczykiewicz", "thenmozhi"."""
    return (
        len(word) >= 6
        and not data.is_english(word)
        and vowel_count(word) >= vowels
        and not compound_word(word, data)
        and not foreign_compound(word, data)
    )


def foreign_compound(word: str, data: NameData) -> bool:
    """Two common words, of another language or English, of four letters or
    more run together, as German, Dutch and the Nordic languages write them
    ("haltestellen", "stelplaatsen")."""

    def common(part: str) -> bool:
        return part in foreign_words() or data.word_score(part) >= 0.5

    return any(common(word[:k]) and common(word[k:]) for k in range(4, len(word) - 3))


def compound_word(word: str, data: NameData) -> bool:
    """Two ordinary English words run together ("dreamhouse", "vaporfly")."""
    return any(
        data.word_score(word[:k]) >= 0.5 and data.word_score(word[k:]) >= 0.5
        for k in range(3, len(word) - 2)
    )


def announced_before(text: str, start: int) -> bool:
    """A word announcing a name or handing something to a person ends just before."""
    return (
        cued_before(text, start)
        or _NAMING_PREFIX.search(text, max(0, start - 4), start) is not None
        or _OWNERS_SHOP.search(text, max(0, start - 24), start) is not None
    )


def cued_before(text: str, start: int) -> bool:
    """A label or cue announcing a person, or a word handing something to one,
    ends just before ``start``."""
    return (
        CUES.search(text, max(0, start - 24), start) is not None
        or HANDED_TO.search(text, max(0, start - 24), start) is not None
    )


# A small shop or stall named after whoever keeps it, the type first:
# "Kiosk Hamid Nurzai", "Kiosque de Hervé Mbarga", "Boutique Chez Wendyam
# Sawadogo" (a closed class; not "Store", which a town follows as often:
# "Store Fort Collins").
_OWNERS_SHOP = regex.compile(
    r"(?:\b(?:Kiosk|Kiosque|Quiosco|Quiosque|Boutique|Pharmacie|Épicerie|Epicerie"
    r"|Quincaillerie|Salon)(?: (?:de|du|chez|Chez))?|\b[Cc]hez) $"
)


# The Nguni and Shona prefixes that join "by", "with", "is" or "of" to the
# name after them, written as one word: "ifakwe nguNosipho Sigcawu" (installed
# by), "uqhagamshelane noNosipho" (contact), "ndiTatenda Mutasa" (is), "kaMama".
_NAMING_PREFIX = regex.compile(r"(?<![\p{L}\p{M}])(?:ngu|ngo|ndi|no|na|ka|ku)$")


def set_off(text: str, start: int, end: int) -> bool:
    """Whether punctuation, or the text's edge, stands on both sides of
    ``start``-``end`` (spaces aside)."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    return (not before or not before[-1].isalnum()) and (not after or not after[0].isalnum())


def lower_cased(text: str, w: Word) -> bool:
    """Written in lower case where the script has capitals to write it otherwise;
    Georgian letters are lower-case ones whose capitals nobody writes names in."""
    return text[w[0]].islower() and _GEORGIAN.match(text, w[0]) is None


def glued_initial_surname(word: str, data: NameData) -> bool:
    surname = word[1:]
    if word_more_than_name(surname, data):
        return False  # "ipython", "spython": a letter before a word
    if surname in data.census_only:
        # The census's tail ("jwhitcombe", "vraghunathan") only when long and no
        # English word, or used in English no more than elsewhere, as names are
        # ("rbhattacharya"): short ones glued to a letter are pieces of code ("matcher").
        return len(surname) >= MIN_CENSUS_AFTER_INITIAL and (
            not data.is_english(surname) or data.word_score(surname) <= GLUED_MAX_WORDINESS
        )
    return (
        (surname in data.family or data.surname_shaped(surname, strong=True))
        and 1.0 - data.word_score(surname) >= MIN_INITIAL_SURNAME
        # A short rare surname glued to a letter is as often an acronym ("gstin").
        and (len(surname) >= 5 or surname in data.popular)
    )
