"""Person names: in identifiers and prose, in any script, weighed by evidence.

A name is a run of words joined as names are joined (``jane_doe``,
``JeanLucPicard``, ``Anne-Marie Smith``, ``van der Berg``, "Müller, Jörg",
``j_smith``, ``jsmith``). Whether a run is a person is decided by a score, not
by list membership alone:

- each word's standing as a name: in the given-name or surname lists, minus its
  *wordiness* (how much it is an ordinary English word rather than a name,
  measured from word frequencies across languages: ``golden``, ``easter`` and
  ``comfort`` are words; ``maria``, ``olga`` and ``bob`` are names);
- casing, where it says something: two capitalized words inside lower-case
  prose are written as a name; in Title Case text (product names, headings)
  capitals say nothing; lower-case words in prose count a little against;
- a context word just before (``by``, ``owner``, ``contact``, ``Dr``).

A sentence boundary never joins two words into a name ("comfort. The").
Han, Hangul and kana names (``张伟``, ``김민준``, ``山田太郎``) are found as a
listed surname and given name making up a whole run of those characters.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable, Iterator

import regex

from recognizers import bounded
from recognizers.addressed_people import named_beside_address
from recognizers.base import FieldRecognizer
from recognizers.names import (
    MIN_SHAPED_SURNAME,
    NameData,
    caseless_words,
    common_english,
    english_words_with,
    fold,
    foreign_words,
    name_data,
    rare_english,
    tokens,
    towns,
)
from recognizers.stop_words import WORD, FunctionWords
from recognizers.timeouts import RecognizerTimeout, cpu_deadline, past

Word = tuple[int, int, str]

THRESHOLD = 1.0
SCORE = 0.7
# What an unknown capitalized word after a given name is worth as a surname
# ("Olga Ivanova" when Ivanova is in no list): only where casing is evidence.
UNKNOWN_SURNAME = 0.6
INITIAL = 0.7  # "J. Smith", "j_smith", "jsmith": with a surname that is a name
MIN_INITIAL_SURNAME = 0.3
# Letters of a surname only the census's tail lists, for it to count glued to an initial.
MIN_CENSUS_AFTER_INITIAL = 6
CASED_IN_PROSE = 0.3
LOWER_IN_PROSE = -0.5
LOWER_MIN_WORD = 0.6
CONTEXT = 0.3
SURNAME_FIRST = -0.2  # "zhang_wei", "Müller, Jörg": the rarer order needs more
MAX_WORDS = 5
MIN_PATH_TOKEN = 5  # characters: shorter tokens ("a/b", "k=v") hold no name to read
NEIGHBOURS = 6  # words on each side whose case says whether capitals are evidence
# Each of the two words must stand as a name on its own, evidence included:
# one strong name beside an ordinary word ("the Alexa") is not a person.
MIN_WORD = 0.3
# ...unless the other is clearly a name and both are in the lists ("Amy Brown").
# Identifiers carry no prose vocabulary: a fairly clear given name is enough there.
STRONG = 0.85
STRONG_IN_IDENTIFIER = 0.6
# A listed surname this far from being a word makes the given name before it
# one, however ordinary a word that is ("Will Okonkwo", "dawn_kowalczyk").
NAME_ONLY = 0.95
# Words glued in camel case inside prose join into a name only if each is this
# little a word ("MariaJoseSantos"; "PowerPoint", "SageMaker" stay products).
GLUED_MAX_WORDINESS = 0.15
# A given name before a dot and a surname may be a little more a word ("arjun.mehrotra").
DOTTED_MAX_WORDINESS = 0.3
CLEAR_GIVEN = 0.8  # a listed given name this little a word stands alone with any surname
MIN_GLUED = 9  # letters of a given name and a surname run together ("eszterfodor")
# No name run together is longer ("genevievebouchardlevesque" has 25): a longer
# run of letters is read no further, as each cut of it would copy it again.
MAX_GLUED = 40

# Closed classes, not name lists: particles inside surnames, words that
# announce a name, and honorifics after CJK names.
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
_HANDED_TO = regex.compile(
    r"\b(?:by|to|from|ask|ping|contact|owner|cc|notify|escalate|assign|assigned|on-?call"
    r"|caller|customer|patient|member|agent|driver|pharmacist|nurse|technician|tech"
    r"|reporter|requester|approver|reviewer|engineer|user|(?:request|behalf) of"
    # "by" in Spanish and Portuguese, French, German, Dutch, Polish; English and
    # Italian "per": "escrito por", "tenu par", "von R. Koopmans", "per Shirley Nez".
    r"|por|par|von|door|przez|per)"
    r"(?:\s+(?:dr|mr|mrs|ms|prof)\.?)?\s+$"
)
# Street types written before the street's name (a closed class), capitalized
# there; and the stations and buildings so named ("Estación Miguel Grau", "Av.
# Grau", "Hotel Miguel de Cervantes", "Gare Victor Hugo"). Not the types that
# are surnames too ("Sala", "Mercado", "Torre", "Bar", "Park").
_LEADING_STREETS = frozenset(
    "via viale corso piazza largo rue avenue boulevard calle avenida paseo carrer rua "
    "travessa praca plaza ulica strada jalan jl jln lorong duong pho thanon soi av avda "
    "estacion estacao terraza".split()
)
_LEADING_STREET_TYPES = _LEADING_STREETS | frozenset(
    " gare hotel hostal pousada restaurante ristorante museo museu teatro estadio stade"
    " estadi aeropuerto aeroporto aeroport hospital hopital clinica colegio escuela escola"
    " ecole liceo lycee musee universidad universidade universite universita instituto"
    " biblioteca bibliotheque fundacion auditorio galeria capilla igreja templo parque"
    " parc".split()
)
# Buildings named after a person, the type written after the name ("Tan Son
# Nhat airport", "sherlock-holmes-museum"); not the types that are surnames too
# ("Hall", "Church", "Park").
_TRAILING_VENUE_TYPES = frozenset(
    "airport museum stadium university hospital college academy library institute"
    " foundation memorial theatre theater gallery cathedral flughafen bahnhof stadion station"
    " metro building centre center terminal campus school".split()
)
# The words for "saint" (a closed class) that name churches, hospitals and towns.
_SAINT_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?P<saint>\p{L}{2,6})[ _\-.]$")
_SAINTS = frozenset("st saint sainte ste san sant santa santo sao sankt sint".split())
_SURNAME_STREET_TYPES = frozenset("lane court way place close parade terrace alley row".split())
# Street types the Romance languages write only before the name: after a name
# they are other words ("Maria Lopez via email").
_FIRST_STREET_TYPES = frozenset("via viale corso rue calle avenida rua".split())
_AFTER_STREET_TYPES = STREET_TYPES - _FIRST_STREET_TYPES
# Prepositions of place (a closed class): "near Penny Lane" is where, not who.
_AT_PLACE = regex.compile(r"(?i)\b(?:near|on|off|along|via|at|opposite|behind|across)\s+$")
# Words whose "by" brings a product, a cause or a column (a closed class).
_BY_THINGS = frozenset(
    "powered hosted sponsored provided supported driven backed inspired caused affected"
    " sorted grouped filtered ordered keyed partitioned indexed split packaged".split()
)
_POSSESSIVE = regex.compile(r"['\u2019]s\b")
# What stands before a name that signs a text off (a closed class).
_SIGN_OFF = regex.compile(
    r"(?i)(?:(?:^|\s)(?:--|\u2014|\u2013|~)\s*"
    r"|\b(?:thanks|thank you|thx|regards|cheers|best|br)(?:[,!:]\s*|\s*\n\s*))$"
)
# A title before a surname (a closed class), then the surname with its first capital.
_TITLES = frozenset(
    "mr mrs ms miss mx dr dra prof herr frau mme mlle sr sra srta engr atty capt".split()
)
# Short forms before a dot that are no initials of a name: a title ("Dr.") or
# a street type ("Av.").
_NOT_INITIALS = _TITLES | _LEADING_STREET_TYPES
_TITLED = regex.compile(
    r"(?i:\b(?:" + "|".join(sorted(_TITLES)) + r")\.?)\s+"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}])"
)
# Honorifics of Indonesia and Malaysia (Ibu, Pak, Bapak, Mbak; Encik, Cik,
# Puan, Tuan), the Philippines (Kuya), Thailand (Khun), India (Shri, Smt), East
# Africa (Swahili Bwana, Bi, Mzee, Ndugu) and West Africa and Somalia (Alhaji,
# Alhaja, Hajia, Xaaji: who made the pilgrimage), capitalized before a name:
# "Ibu Sumiati", "Pak Joko", "Encik Rahim", "Mzee Lyimo", "Alhaji Musa Bello".
# Not "Bu", Turkish for "this" ("Bu Pazartesi"), nor "Ate" (a sister; "Ate
# lunch"), nor "Mama" and "Dada" ("Mama Mia", "Dada Manifesto").
# Thai ones in Latin letters too: Khun, Nong (younger) and P' (elder) come
# before a nickname, which is as often an English word ("Khun Mint", "Nong
# Ploy", "P'Earth"); "Nong" begins towns as well ("Nong Khai").
_CAPITALIZED_TITLES = frozenset(
    "ibu pak bapak mbak encik cik puan tuan kuya khun shri smt bwana bi mzee ndugu alhaji"
    " alhaja hajia xaaji nong p".split()
)
_CAPITALIZED_TITLED = regex.compile(
    r"(?:\b(?:Ibu|Pak|Bapak|Mbak|Encik|Cik|Puan|Tuan|Kuya|Shri|Smt|Bwana|Bi|Mzee|Ndugu"
    r"|Alhaji|Alhaja|Hajia|Xaaji)\.?\s+"
    r"|(?P<thai>\bKhun\s+|\bNong\s+|(?<![\p{L}\p{M}])P['\u2019] ?))"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}])"
)
# Titles of Myanmar (Daw, Maung; Karen Saw, Naw; Shan Sai, Nang) and Laos
# (Thao), romanized before a name of short capitalized syllables: "Daw Khin Mar
# Aye", "Saw Kpaw Htoo", "Naw Eh Moo". A Burmese name has no surname: the whole
# run is the name. Not Khmer's "Lok" ("Lok Sabha") nor Lao "Sao" ("Sao Paulo").
_SEA_TITLES = frozenset("daw maung mg saw naw sai nang thao".split())
_SEA_TITLED = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<title>Daw|Maung|Mg\.?|Saw|Naw|Sai|Nang|Thao) "
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]{1,8}(?: \p{Lu}[\p{Ll}\p{M}]{1,8}){0,3})(?![\p{L}\p{M}])"
)
# Of those, the parts of a name (Burmese "Maung", Karen "Saw", Shan "Nang"), not
# titles before it: the name's span begins with them.
_SEA_NAME_PARTS = frozenset("maung mg saw naw sai nang".split())
MAX_SEA_WORD_LETTERS = 4  # a longer word that is an English word ends the name ("Mill")
# Thai titles, glued to the name or before it: Mr, Mrs, Miss (and its short
# form), boy, girl, and the polite "Khun".
THAI_TITLES = ("นางสาว", "นาง", "นาย", "คุณ", "น.ส.", "ด.ช.", "ด.ญ.")
_THAI_TITLED = regex.compile(
    "(?P<title>" + "|".join(regex.escape(t) for t in THAI_TITLES) + r") ?"
    r"(?P<given>\p{Thai}+)(?: (?P<family>\p{Thai}+))?"
)
MAX_THAI_WORD = 24  # characters of one dictionary word looked for at a title
_HOUSE_NUMBER = regex.compile(r"(?<![0-9.,\-])[0-9]{1,5}[a-zA-Z]?[ ,]+$")
# Labels and sign-offs that announce a person, in the languages of the name
# lists (a closed class): "responsible", "contact", "handed over / taken over
# by", "kind regards".
_PERSON_LABELS = "|".join(
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
_GREETINGS = (
    "hola|bonjour|hallo|moin|servus|hej|hei|hoi|ciao|olá|merhaba|selam|cześć|ahoj|szia"
    "|sawubona|molo|jambo|habari|salaam|salam|sannu|kia ora|talofa|xin chào|kumusta"
    "|namaste|vanakkam|привет|здравствуйте"
    "|gracias|merci|danke|dankie|bedankt|tack|takk|kiitos|grazie|obrigad[oa]|teşekkürler"
    "|dziękuję|děkuji|köszönöm|mulțumesc|asante|enkosi|ngiyabonga|siyabonga|inkomu"
    "|terima kasih|salamat|cảm ơn|shukran|medaase|jërëjëf|murakoze|webale|mahalo"
    "|спасибо|дякую|ευχαριστώ"
)
# Those of one word (and "kasih" of Indonesian's), which begin no name unless
# a list holds them (see _greeting_only).
_GREETING_WORDS = frozenset(
    fold(greeting) for greeting in _GREETINGS.replace("[oa]", "o").split("|") if " " not in greeting
) | {"obrigada", "kasih"}
_CUES = regex.compile(
    r"(?i)\b(?:by|owner|owned|contact|author|maintainer|manager|assignee|attn|dear|hi|hello"
    r"|mr|mrs|ms|miss|dr|prof|sir|madam|name|user|customer|employee|patient|cc"
    rf"|{_GREETINGS}|{_PERSON_LABELS})\W{{0,3}}$"
    # A label and one word qualifying it, then a colon: "shift lead:", "υπεύθυνος βάρδιας:".
    rf"|\b(?:{_PERSON_LABELS}|owner|contact|manager|lead)\s+[\w.]+\s*:\s*$"
)
_LABEL_KEY = regex.compile(rf"(?i)(?:{_PERSON_LABELS})")


def labels_a_person(key: str) -> bool:
    """Whether ``key`` is, whole, one of the labels that announce a person in
    prose ("ügyintéző", "Verantwortlich", "liên hệ")."""
    return _LABEL_KEY.fullmatch(key.strip()) is not None


# Scripts without capitals: only the words before a name mark it there.
# (a word of the script, with its marks and joiners; a letter of it)
_CASELESS_SCRIPTS = tuple(
    (regex.compile(rf"[\p{{{script}}}\p{{M}}\u200c\u200d]+"), regex.compile(rf"\p{{{script}}}"))
    for script in (
        "Arabic Hebrew Thai Lao Khmer Myanmar Devanagari Bengali Gurmukhi Gujarati Oriya"
        " Tamil Telugu Kannada Malayalam Sinhala Georgian Ethiopic"
    ).split()
)


def _caseless_script_at(
    text: str, pos: int
) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """(a word of the script, a letter of it) of the script without capitals
    whose letter stands at ``pos``, if any."""
    return next((pair for pair in _CASELESS_SCRIPTS if pair[1].match(text, pos)), None)


def written_apart(key: str, value: str) -> bool:
    """Whether ``key`` is written in Latin letters, or in another script than
    the caseless one ``value`` begins in ("אחראי": "رضا قربانپور", a Hebrew key
    over a Persian name): then the key alone announces the name."""
    if key.isascii():
        return True
    found = _caseless_script_at(value.strip(), 0)
    return found is None or found[1].search(key) is None


_HANGUL = regex.compile(r"\p{Hangul}")
_KOREAN_FULL_NAME = regex.compile(r"\p{Hangul}{3}")
_CASELESS_LETTER = regex.compile("|".join(letter.pattern for _, letter in _CASELESS_SCRIPTS))
# A word that announces a person (labels, sign-offs, "reported by", "assigned
# to"), then up to two words of one caseless script: "reported by พรทิพย์",
# "assigned to রফিকুল মন্ডল", "liên hệ مہوش ملک".
_NAMED_AFTER = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?P<cue>"
    r"(?:reported|assigned|approved|signed|handled|checked|verified|raised|requested"
    r"|reviewed|confirmed|acknowledged|ack'?d|owned|signed off) by"
    r"|(?:assigned|handed|handed over|escalated?|reassigned|forwarded|sent) to"
    r"|(?:handover|handed over|taken over) from"
    rf"|{_PERSON_LABELS}|contact|owner|assignee|attn|dear|hi|hello|cc|ask|ping|call"
    r"|reporter|requester|approver|reviewer|technician"
    r")(?![\p{L}\p{M}])[\s:\uff1a,\-\u2013\u2014]*"
    # (a short form with its dot may come first: Hindi "मो." (Md.), "डॉ." (Dr.))
    r"(?P<name>(?P<short>[\p{L}\p{M}]{1,4}\. ?)?"
    r"[\p{L}\p{M}\u200c\u200d]+(?: [\p{L}\p{M}\u200c\u200d]+)?)"
)
MAX_CASELESS_WORD = 20  # letters: a longer run is words written together, not a name
_NEXT_CASELESS_WORD = regex.compile(r" (?P<word>[\p{L}\p{M}\u200c\u200d]+)")
# A value of one such word is a nickname or given name ("พลอย", "แนน") only this short.
MAX_CASELESS_ALONE = 6

# Words that address a person (a closed class), then a capitalized word alone.
_ADDRESSED_NAME = (
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\d])(?![-_.'\u2019]?\p{L})(?!\s+\p{Lu})"
)
_ADDRESSED = regex.compile(
    r"(?i:\b(?:call|ask|ping|contact|cc|notify|tell|text|email|message|page|thank|thanks"
    r"|dear|hi|hello|hey"
    # ... or names whose it is or who to ask: "owner Mette", "Ansprechpartner Jens"
    r"|owner|attn|ansprechpartner(?:in)?|kontakt|kontaktperson|contactpersoon"
    r"|verantwortlich|vagt|vakt|rückfragen an"
    # ... or the role of the person named next: "courier Dewi", "técnico Nando"
    r"|courier|driver|rider|technician|tech|engineer|nurse|doctor|agent|operator|inspector"
    r"|supervisor|manager|dispatcher|installer|caregiver|guard|cashier|clerk|mechanic"
    r"|electrician|plumber|porter|receptionist|técnic[oa]|repartidor[a]?|conductor[a]?"
    # ... or the guest, customer or stand-in named next: "el guest Kike", "backup Sugar"
    r"|guest|customer|client|patient|tenant|visitor|passenger|backup|deputy|on-call"
    # ... or who runs an incident's call, its messages or its notes: "comms Mari; scribe ..."
    r"|comms|scribe|commander|lead"
    r"|huésped|cliente|suplente|substitut[oe]|stellvertreter(?:in)?|vertretung"
    r"|motorista|entregador[a]?|fahrer(?:in)?|techniker(?:in)?|monteur|chauffeur|livreur"
    r"|(?:angefragt|erstellt|gemeldet|bearbeitet|beantragt) von"
    # ... or hands something to or from a person: "approved by Aarti", "revisado por Nando"
    r"|(?:reported|approved|signed|reviewed|checked|handled|raised|requested|confirmed"
    r"|verified|assigned|acknowledged|revisado|aprobado|firmado|aprovado|assinado"
    r"|geprüft|freigegeben|validé|approuvé|signé) (?:by|por|par|von|pelo|pela)"
    r"|(?:handed(?: over)?|handover|assigned|escalated?|forwarded|sent) (?:to|from)"
    r"|asignad[oa] a|atribuíd[oa] a|atribuid[oa] a|assignée? à|zugewiesen an|toegewezen aan"
    # ... or is asked, told or met: "check with Ravi", "walked down with Wiremu",
    # "escalar a Abram", "avisar a Brais"
    r"|(?:check|checked|confirm|confirmed|coordinate|coordinated|talk|talked|speak|spoke"
    r"|met|walked down) with|(?:talk|speak|reach out) to"
    r"|(?:escalar|avisar|llamar|preguntar) a|(?:hablar|coordinar|coordinado|coordinados) con"
    # ... or made it: "built by Fiona", "markup by Yer" (a clear given name only;
    # not where "by" brings a product, a cause or a column, see _BY_THINGS)
    # ... and "by" in the Nordic languages, Dutch and Polish ("spurgt af Mohamad",
    # "opgeschoond door Sanne"), which write months lower-case (not German's "von":
    # "von Juni bis Juli"); Indonesian's "a.n." (in the name of)
    r"|by|af|av|door|przez|pedid[oa] por|escrito por|hecho por|solicitado por"
    r"|a\.n\.):?\s+)"
    rf"{_ADDRESSED_NAME}"
)
# ... or greeted or thanked in another language (see _GREETINGS): apart, and
# asked only where a greeting stands (the standard library's engine, case
# sensitive over the lower-cased text, finds those at a fraction of the cost
# of one more alternation above).
_GREETED = regex.compile(rf"(?i:\b(?:{_GREETINGS})):?,?\s+{_ADDRESSED_NAME}")
_GREETING_HINT = re.compile(rf"\b(?:{_GREETINGS})\b")
# Two or three capitalized words, then an address ("Oluwaseun Adeyemi
# Oluwaseun.Adeyemi@...", "GRÁINNE FITZGERALD <grainne_fitzgerald67@...>").
_BEFORE_ADDRESS = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])"
    r"(?P<name>\p{Lu}[\p{L}\p{M}'\u2019\-]+(?: \p{Lu}[\p{L}\p{M}'\u2019\-]+){1,2})"
    r"[ ]*[<(\[\"']?[ ]*(?P<local>[\p{L}\p{N}._%+\-]{2,64})@[\p{L}\p{N}\-]+\."
)
# A passenger's name as airlines and travel systems write it, "SURNAME/GIVEN"
# in capitals ("PERERA/KASUN", "SAHIN/ELIF MR"), the given name perhaps two words.
_SLASHED = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}/])(?P<surname>\p{Lu}[\p{Lu}\p{M}'\-]{2,30})"
    r"/(?P<given>\p{Lu}[\p{Lu}\p{M}'\-]{2,30}(?: (?!(?:MR|MRS|MS|MSTR|MISS|DR|CHD|INF)\b)"
    r"\p{Lu}[\p{Lu}\p{M}'\-]{2,30})?)(?![\p{L}\p{M}\p{N}/])"
)
SLASHED_MAX_WORD = 0.5  # a listed name this little a word, on either side of the slash
# A roster's "SURNAME Given", the surname in capitals ("BERIDZE Nino", "SANTOSO Budi").
_UPPER_SURNAME_GIVEN = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])(?P<surname>\p{Lu}{3,}(?:-\p{Lu}{2,})?) "
    r"(?P<given>\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\p{N}])"
)
_INITIAL_GIVEN = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}.\-_])\p{Lu}\. (?P<name>\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\p{N}])"
    r"(?!\s+\p{Lu})"
)
_GIVEN_INITIAL = regex.compile(
    r"(?<![\p{L}\p{M}.\-_])(?P<name>\p{Lu}[\p{Ll}\p{M}]{2,}) \p{Lu}\.(?![\p{L}\p{N}.])"
    # Not a middle initial before a surname: "John F. Kennedy International".
    r"(?!\s+\p{Lu}\p{Ll})"
)
# A surname, a comma and initials, as rosters and citations write names
# ("Smith, J.", "SALAZAR-GUTIÉRREZ, G.", "Kowalczyk, K. M."): no middle
# initial before more words.
_SURNAME_COMMA_INITIAL = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}.\-_'])(?P<surname>\p{Lu}[\p{L}\p{M}']+(?:-\p{Lu}[\p{L}\p{M}']+)?)"
    r", \p{Lu}\.(?: ?\p{Lu}\.)?(?![\p{L}\p{M}\p{N}.])(?!\s+\p{Lu}\p{Ll})"
)
# Vietnamese names: the commonest surnames (Faker's vi_VN list, and the others
# of the fourteen that nine in ten Vietnamese bear) and middle names (Faker's
# vi_VN list), closed classes like the particles; a letter only Vietnamese
# writes; two to four short capitalized words, written apart.
_VIETNAMESE_SURNAMES = frozenset(
    "nguyen tran le pham vu dang bui duong mai hoang huynh phan vo do ho ngo ly".split()
)
# A Vietnamese user name initials the surname after the given name ("phuclh"
# is Phuc, Le H.): the first letters of those surnames.
VIETNAMESE_INITIALS = frozenset(surname[0] for surname in _VIETNAMESE_SURNAMES)
_VIETNAMESE_MIDDLE_NAMES = frozenset(
    "van thi quang duc tri xuan hoang hai the tan phu huu bao mai".split()
)
_VIETNAMESE_LETTER = regex.compile(r"[\u1ea0-\u1ef9đĐơƠưƯăĂũŨĩĨ]")
_VIETNAMESE_NAME = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_\-.@/])\p{Lu}[\p{Ll}\p{M}]{0,6}(?: \p{Lu}[\p{Ll}\p{M}]{0,6}){1,3}"
    r"(?![\p{L}\p{M}\p{N}_\-@/])"
)
# A given name of two pinyin syllables (an initial, a final): "zihan", "haoran".
# g, k and h take no final in i or ü, j, q and x only those; without an
# initial a syllable starts with a, e or o (y and w write i and u there).
_PINYIN_SYLLABLE = (
    r"(?:[gkh](?:uang|uai|uan|ang|eng|ong|ai|an|ao|ei|en|ou|ua|ui|un|uo|a|e|u)"
    r"|[jqx](?:iang|iong|ian|iao|ing|ia|ie|in|iu|uan|ue|un|i|u)"
    r"|(?:zh|ch|sh|[bpmfdtnlrzcsyw])"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un"
    r"|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)"
    r"|ang|eng|ai|an|ao|ei|en|er|ou|a|e|o)"
)
MAX_PINYIN_SURNAME = 6  # letters: "zhuang", "ouyang"
# Pinyin's letters: Latin letters without marks, its tone marks and ü.
_PINYIN_LETTERS = regex.compile(r"(?i:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])+")
_PINYIN_GIVEN = regex.compile(rf"(?={_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}$)[a-z]{{4,}}")
# The commonest Korean surnames as romanized (Revised, McCune-Reischauer and
# the spellings families chose) and the commonest Taiwanese ones (Wade-Giles):
# a closed class, like the particles, covering most of either population.
_EAST_ASIAN_SURNAMES = frozenset(
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
_ASIAN_SURNAMES = _EAST_ASIAN_SURNAMES | _VIETNAMESE_SURNAMES
# A Cantonese name: such a surname and a given name of two syllables written
# apart ("Chan Tai Man", "CHEUNG SIU MING", "LEE Ka Wai", "wong_ka_wai").
_CANTONESE_NAME = regex.compile(
    r"(?:(?<![\p{L}\p{N}\-_.@/])"
    r"(?:(?P<s>[A-Z][a-z]{1,5}|[A-Z]{2,6}) (?P<a>[A-Z][a-z]{1,4}) (?P<b>[A-Z][a-z]{1,4})"
    r"|(?P<s>[A-Z]{2,6}) (?P<a>[A-Z]{1,5}) (?P<b>[A-Z]{1,5}))"
    # in an identifier, after its other parts: "sandbox-wong_ka_wai"
    r"|(?<![\p{L}\p{N}])(?P<s>[a-z]{2,6})_(?P<a>[a-z]{1,5})_(?P<b>[a-z]{1,5}))"
    r"(?![\p{Latin}\p{N}\-_@])"
)
# A surname of those, a dot, a given name: "nguyen.an", "yoon.jia".
_SURNAME_DOT_GIVEN = regex.compile(
    r"(?<![\p{L}\p{N}.@])(?P<surname>[a-z]{2,6})\.(?P<given>[a-z]{2,8})(?![\p{L}\p{N}@]|\.[a-z])"
)
# An initial before a short surname of those ("N. Vo", "K. Ng", "N. Yip").
_INITIAL_SHORT_SURNAME = regex.compile(
    r"(?<![\w.])[A-Z]\. (?P<surname>[A-Z][a-z]{1,3})\b(?!['\u2019.-])"
)
# A Malaysian or Singaporean name: a given name, "son/daughter of", the
# father's name ("Priya a/p Krishnan", "Ravi a/l Subramaniam").
_NAME_WORD = r"\p{Lu}(?:[\p{Ll}\p{M}]+|[\p{Lu}\p{M}]+)"  # capitalized, or in capitals
# Between a given name and the father's: "a/l", "a/p", "s/o", "d/o", Malay "bin", "binti".
_CHILD_CONNECTORS = "a/l|a/p|s/o|d/o|bin|binti|binte|bte"
_CHILD_OF = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?P<given>{_NAME_WORD}(?: {_NAME_WORD})?)"
    rf" (?i:{_CHILD_CONNECTORS}) "
    rf"(?P<father>{_NAME_WORD}(?: {_NAME_WORD})?)(?![\p{{L}}\p{{M}}\p{{N}}])"
)
# A romanized syllable: up to three consonants (or Wade-Giles' aspirated ones,
# "ch'", "k'", "t'", "ts'"), one to three vowels, a final consonant or "ng";
# two of them joined by a hyphen, the first capitalized ("Chih-ch'iang").
_SYLLABLE = (
    r"(?:(?:ch|ts|tz|[kpt])['\u2019]|[bcdfghjklmnprstwyz]{0,3})[aeiou]{1,3}(?:ng|[nmklpthw])?"
)
_HYPHENATED = rf"(?P<given>[A-Z]{_SYLLABLE}-(?i:{_SYLLABLE})|[A-Z]{{2,8}}-[A-Z]{{2,8}})"
_SYLLABLE_WORD = regex.compile(_SYLLABLE)
# Both of a given name's syllables this much English words: "Pop-up", not "Su-bin".
_WORDY_SYLLABLE = 0.5
# Latin letters around it end the name; a CJK character may follow ("Park Ji-hoon的").
_HYPHENATED_GIVEN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-_.@/])"
    rf"(?:(?P<before>[A-Z][a-z]{{1,5}}|[A-Z]{{2,6}}) {_HYPHENATED}"
    rf"|{_HYPHENATED} (?P<after>[A-Z][a-z]{{1,5}}|[A-Z]{{2,6}}))"
    rf"(?![\p{{Latin}}\p{{N}}\-_@])"
)
# A surname in capitals, a comma and a capitalized word: a roster's name.
_UPPER_COMMA_GIVEN = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}{4,}, \p{Lu}[\p{Ll}\p{M}]{2,}")
# A given name and an Irish surname, both capitalized or both in capitals.
# Also an Italian or French "D'", "Dell'", "Dall'" surname, and any of them with
# the apostrophe dropped, as AWS tags' character rules drop it ("Kevin OBrien",
# "Carmelo DAmico").
_IRISH_SURNAME = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'\u2019.\-_])"
    r"(?:(?P<given>\p{Lu}[\p{Ll}\p{M}]{2,}) (?:O['\u2019]?|D['\u2019]?|Dell['\u2019]|Dall['\u2019])"
    r"\p{Lu}[\p{Ll}\p{M}]{2,}"
    r"|(?P<given>\p{Lu}{3,}) O['\u2019]\p{Lu}{3,})"
    # Not in the possessive: "Molly O'Grady's" is a pub's name.
    r"(?![\p{L}\p{M}\p{N}]|['\u2019]s\b)"
)
# Two capitalized words: after a word announcing a person (see _announced),
# the shape of a name no list holds ("issued by Munkhbat Ochir"), which the
# prefilter lets through.
# (The second word is looked ahead at: each word may begin a pair, "Contact
# Kouadio Tanoh".)
_CAPITALIZED_PAIR = regex.compile(r"(?<!\p{Lu})\p{Lu}\p{Ll}{2,}(?= (?P<second>\p{Lu}\p{Ll}{2,}))")
# After an initial and before its surname: a full stop and a space, and the
# surname's particles ("F. Al-Hashimi", "J. van der Berg").
_PARTICLE_WORDS = "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p)))
_GAP_AFTER_INITIAL = r"\. (?:(?i:" + _PARTICLE_WORDS + r")[ -])*"
_INITIAL_GAP = regex.compile(_GAP_AFTER_INITIAL)
_INITIAL_SURNAME = regex.compile(r"(?<![\w.])[A-Z]" + _GAP_AFTER_INITIAL + r"\p{Lu}\p{Ll}{3}")
# Shapes of a name that no list need hold, each behind a mark it cannot do
# without: the prefilter looks for the mark first, a test in C, then the pattern.
_MARKED_SHAPES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    (". ", _INITIAL_SURNAME),  # "H. Pemberton", "F. Al-Hashimi"
    (", ", _UPPER_COMMA_GIVEN),  # "GQIRANA, Nosipho"
    ("/", _SLASHED),  # "PERERA/KASUN"
    ("@", _BEFORE_ADDRESS),  # "Thenmozhi Arumugam tarumugam@..."
)
_UPPER_SURNAME_FIRST = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<surnames>\p{Lu}{2,}(?:[ \-]\p{Lu}{2,}){0,3}), "
    r"(?P<given>\p{Lu}{3,}(?: \p{Lu}{3,})?"
    # or capitalized: "ARANGO ZULUAGA, Luis Fernando", as a ledger writes it
    r"|\p{Lu}[\p{Ll}\p{M}]{2,}(?:[ \-]\p{Lu}[\p{Ll}\p{M}]{2,})?)(?![\p{L}\p{N}])"
)
_CAPITALIZED_NEXT = regex.compile(r"\s+\p{Lu}\p{Ll}")
# A second initial after a surname's first: "Smirnova N.I.", "Ivanov S. P.".
_PATRONYMIC_INITIAL = regex.compile(r" ?\p{Lu}\.")
_GEORGIAN = regex.compile(r"\p{Georgian}")
# A character joining a token to an identifier or a key: "owner.danielharrington".
_IDENTIFIER_JOINT = regex.compile(r"[_.\-/@:=0-9]")
_HYPHENS_ONLY = regex.compile(r"[^\s_.,]+")
_CAPITAL = regex.compile(r"\p{Lu}")
_LATIN = regex.compile(r"\p{Latin}")
_CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]+|\p{Hangul}+")
_CJK_NAME_GAPS = frozenset({" ", "\u3000", "\u30fb", "\u00b7"})
# A name written in CJK letters only, apart or joined ("田中・美咲", "김_정식").
_CJK_LETTERS = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー]+"
_CJK_NAME = regex.compile(rf"{_CJK_LETTERS}(?:[ \u3000\u30fb\u00b7_.\-]{_CJK_LETTERS})*")
# Joiners of an identifier's words between a surname and a given name ("김_정식").
_CJK_JOINED_GAPS = frozenset({"_", "-", "."})
_CJK_SUFFIXES = ("先生", "女士", "小姐", "老师", "经理", "さん", "様", "님", "씨")
# A Japanese given name: one or two kanji, or two to four kana ("翔", "拓海",
# "さくら"); "区役所" (a ward office) is a word.
_JAPANESE_GIVEN = regex.compile(r"\p{Han}{1,2}|[\p{Hiragana}\p{Katakana}]{2,4}")


class FieldPersonRecognizer(FieldRecognizer):
    """A person's name in prose or inside an identifier (see the module docstring)."""

    ENTITY = "PERSON"
    CATEGORY = "personal"
    DESCRIPTION = "a person's name"
    LABEL = "person"

    @classmethod
    def could_hold(cls, text: str) -> bool:
        """Exactly whether a name is found (the matcher is cheaper than the
        analyzer), behind a cheaper necessary condition: every name holds a
        listed word that is not wholly an ordinary word beside another, beside
        an initial or a capitalized word, or glued to an initial, or before a
        dot; or follows a title; or is written in CJK characters; in prose,
        the same holds of each path or ARN standing in it."""
        # Exact: a name a path holds is found in the text, beside a name or as one.
        return _could_name(text) or (
            " " in text.strip()
            and any(_could_name(text[start:end]) for start, end in _path_tokens(text))
        )

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        # The evidence decides whether a run is a name; the finding's score stays
        # the one every name gets (a name is likely, never certain).
        names = _names_of(text, name_data())
        _LAST.value = None  # read once: the text is not kept past its scan
        data = name_data()
        for start, end, _ in names:
            start, end = _completed(text, start, end, data)
            if not named_thing(text, start, end):
                yield start, end, SCORE


def named_thing(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a bot's, a street's or a
    building's ("renovate-bot", "Av. Grau", "Gopinath Bordoloi Road", "Tan
    Son Nhat airport"), however it was found."""
    return (
        automation_account(text, start, end)
        or _street_named(text, start)
        or _street_after(text, start, end)
        or _venue_named(text, start, end)
    )


# A bot's account, named after its tool or a person: "renovate-bot",
# "jenkins_bot", "github-actions[bot]", "bob-bot".
_BOT_AT_END = regex.compile(r"(?i)(?:^|[\-_ .\[])bots?\]?$")
_BOT_AFTER = regex.compile(r"(?i)[\-_ .\[]bots?(?![\p{L}\p{N}])")


def automation_account(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` ends in, or is followed by, "bot"."""
    return (
        _BOT_AT_END.search(text, start, end) is not None or _BOT_AFTER.match(text, end) is not None
    )


def complete_name(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a name found at ``text[start:end]`` by other means (a key
    filing it) taken to the whole name, as the recognizer's own are (see
    :func:`_completed`): "agent:Tyrone C. Zielinski", not "Tyrone"."""
    return _completed(text, start, end, name_data())


def _completed(text: str, start: int, end: int, data: NameData) -> tuple[int, int]:
    """A name's span taken to the whole name, never part of it beside the rest:
    the rest of a word after "Mc" ("Aoife McCarthy"), a hyphen ("Marie-Ève",
    "Mak Kwok-wing") or an apostrophe ("Dell'Acqua"); initials and short forms
    before or after it ("A. R. Jeyakumar", "Ma. Teresa", "Kumar T. P.",
    "muhammed_shafi_k_p"); a particle and the word after it ("Ní
    hUallacháin", "jan_willem_ten_hove"); surnames in capitals before a given
    name ("DE SOUSA MARTINS Ana Rita"); a listed surname after it ("Singh
    Bains", "rocio delgado pena") or before it ("nguyen_van_an")."""
    if _CJK_NAME.fullmatch(text, start, end) is not None:
        return start, end  # "陽一_阿部_forecast": no Latin word continues a CJK name
    end = _whole_surname_end(text, end)
    if (glottal := _GLOTTAL_REST.match(text, end)) is not None and text[end - 1 : end].isalpha():
        end = glottal.end()  # "Sione Tu'ipulotu", "Nurlan Bo'tayev": never "Tu" alone
    lower = text[start:end].islower()
    upper = text[start:end].isupper()
    end = _camel_rest(text, start, end, data)
    if (
        not (lower or upper)
        and _APOSTROPHE_PREFIX.search(text, start, end) is not None
        and (rest := _APOSTROPHE_REST.match(text, end)) is not None
    ):
        end = rest.end()  # "Maria Grazia Dell" + "Acqua": Dell'Acqua, its apostrophe dropped
    # Most names stand alone, between spaces or marks no name continues over.
    stranger = False  # one surname no list holds may follow ("Meron ASSEFA", "neema kimaro")
    while text[end : end + 1] in _CONTINUES:
        married = _MARRIED.match(text, end)
        if married is not None:
            end = married.end()  # "Oumou Tounkara épouse Diakité": her husband's name is hers too
            continue
        step = _AFTER_NAME.match(text, end) or _PARTICLE_AFTER.match(text, end)
        if step is not None and (step.lastgroup != "particle" or _particle(step.group("particle"))):
            end = step.end()
            continue
        last = _PARTICLE_LAST.search(text, start, end)
        if (
            last is not None
            and (_particle(last.group()) or fold(last.group()) in _MIDDLE_BEFORE_GIVEN)
            and (rest := _NEXT_WORD.match(text, end))
        ):
            end = rest.end()  # "Gráinne Ní" is followed by the surname it introduces
            continue
        word = (_NEXT_LOWER if lower else _NEXT_UPPER if upper else _NEXT_SURNAME).match(text, end)
        if (
            word is not None
            and (
                _name_piece(fold(word.group("word")), data, after=True)
                if lower or upper
                else _plain_surname(fold(word.group("word")), data)
                # (after a given name alone, a surname a town bears too: "Engr.
                # Bienvenido Tolentino")
                or (
                    " " not in text[start:end]
                    and _plain_surname(fold(word.group("word")), data, town_ok=True)
                )
            )
        ):
            end = word.end()  # "rocio delgado pena", "nguyen_thi_thu_ha", "BUI DUC THANG"
            continue
        # Two surnames joined by "y", "e" or "i" (Spanish, Portuguese, Catalan):
        # "José María Gutiérrez y Ortega", "Ramón y Cajal".
        joined = (_JOINED_LOWER if lower else _JOINED_SURNAME).match(text, end)
        if joined is not None and _plain_surname(fold(joined.group("word")), data):
            end = joined.end()
            continue
        if lower and (initial := _NEXT_INITIAL.match(text, end)) is not None:
            end = initial.end()
            continue
        if not stranger and (
            (word := (_NEXT_LOWER if lower else _NEXT_CAPS).match(text, end)) is not None
            and (
                _stranger_surname(folded := fold(word.group("word")), data)
                # a listed surname in capitals after a name in mixed case: "Meron ASSEFA"
                or (word.group("word").isupper() and _plain_surname(folded, data))
            )
        ):
            stranger = True
            end = word.end()
            continue
        break
    # The given name after a surname and a comma, where the text's item ends:
    # "(Cali Warsame, Faadumo)", "Verantwortlich: Sørensen, Mette, Tel.".
    given = _COMMA_GIVEN.match(text, end)
    if given is not None and _given_after_comma(fold(given.group("word")), data):
        end = given.end("word")
    end = _caseless_rest(text, start, end)
    start = _caseless_start(text, start, end)
    first_piece = False
    while start and (text[start - 1] in _CONTINUES or text[start - 1].isalpha()):
        if not text[start].isascii() and (
            short := _SHORT_FORM_BEFORE.search(text, max(0, start - 8), start)
        ):
            start = short.start()  # "মোঃ রফিকুল ইসলাম": Md. is the name's too
            continue
        step = _INITIAL_BEFORE.search(text, max(0, start - 8), start)
        if step is not None and fold(step.group("short")) not in _NOT_INITIALS:
            start = step.start()  # "A. R. Jeyakumar", "Ma. Teresa"; not "Dr." (a title)
            continue
        if (
            text[start : start + 1].isupper()
            and (particle := _CAPS_PARTICLE_BEFORE.search(text, max(0, start - 8), start))
            and _particle(particle.group("particle"))
        ):
            start = particle.start()  # "AL-HASHIMI, Omar": the article is the surname's
            continue
        if text[start : start + 1].isupper() and (
            prefix := _PREFIX_BEFORE.search(text, max(0, start - 40), start)
        ):
            start = prefix.start()  # "DeShawn", "LaToya": a name's own prefix; "Jan-Willem"
            continue
        word = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if word is not None and _surname_before(word.group("word"), text[start:end], data):
            start = word.start()
            continue
        piece = _PIECE_BEFORE.search(text, max(0, start - 40), start) if lower else None
        if piece is not None and _name_piece(piece.group("word"), data):
            start = piece.start()
            continue
        if not first_piece:
            # One piece more that begins the name in an identifier, though no rule
            # above reads it so: never the rest left beside a pseudonym.
            if piece is not None and _first_piece(piece.group("word"), data):
                first_piece = True
                start = piece.start()
                continue
            glued = (
                _CAMEL_BEFORE.search(text, max(0, start - 40), start)
                if not lower and text[start].isupper()
                else None
            )
            if glued is not None and _first_piece(fold(glued.group("word")), data):
                first_piece = True
                start = glued.start()
                continue
        caps = _CAPS_COMMA_BEFORE.search(text, max(0, start - 40), start)
        if (
            caps is not None
            and text[start + 1 : start + 2].islower()
            and _caps_surname(fold(caps.group("word")), data)
        ):
            start = caps.start()  # "KOWALCZYK, Anna Maria": the surname a roster writes first
            continue
        first = _FIRST_BEFORE.search(text, max(0, start - 16), start)
        if first is not None and _unlisted_first(first.group("word"), text[start:end], data):
            start = first.start("word")  # "Zaw Min Htet": the value begins so
            continue
        break
    if (
        start
        and text[start - 1] == "@"
        and (start == 1 or not _HANDLE_BEFORE_AT.match(text[start - 2]))
    ):
        start -= 1  # a handle's "@" ("@jens.ostergaard"): the handle is the name; not an address's
    return start, end


# A street type written first, capitalized, just before a name: a street
# named after a person ("Av. Andrés Avelino Cáceres", "Rue Victor Hugo"); in an
# identifier, joined to it and spelled out ("calle-maria-lopez-7": "av" and
# "via" are words there too).
_TYPE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?P<type>\p{Lu}[\p{L}\p{M}]*)\.? |(?P<joined>\p{L}{4,})[_\-])$"
)


# Or read as the name's first word ("plaza-simon-bolivar": Plaza is a surname too).
_TYPE_FIRST = regex.compile(r"(?P<type>\p{L}{4,})[ _\-]\p{L}")


def _camel_rest(text: str, start: int, end: int, data: NameData) -> int:
    """The end of a name in camel case past the surnames glued after it, which
    the runs left ("JuanCarlos" + "Huillca", "FatimaZahra" + "Ouazzani",
    "AbdulRahman" + "Al" + "Hashimi"): a listed surname barely a word, or a word
    no list or dictionary holds; over a particle only to such a word. Never an
    English word ("JuanCarlosDemand") nor a place."""
    if not (start < end < len(text) and text[end - 1].islower() and text[end].isupper()):
        return end
    if not text[start].isupper() or _CAMEL_NEXT.fullmatch(text, start, end) is not None:
        return end  # a single word is no camel-case name: its runs decided
    stop = end
    while (word := _CAMEL_NEXT.match(text, stop)) is not None:
        folded = fold(word.group())
        if folded in PARTICLES and (rest := _CAMEL_NEXT.match(text, word.end())) is not None:
            after = fold(rest.group())
            if _plain_surname(after, data) or _camel_stranger(after, data):
                stop = end = rest.end()
                continue
            break
        if not (_plain_surname(folded, data) or _camel_stranger(folded, data)):
            break
        stop = end = word.end()
    last = _CAMEL_SYLLABLE_LAST.match(text, end)
    if last is not None and _syllable_given(text, start, end, last.group(), data):
        end = last.end()  # "NguyenVan" + "An", "KimMin" + "Ji": the given name's last syllable
    return end


# The last word of a token in camel case, of a syllable's length.
_CAMEL_SYLLABLE_LAST = regex.compile(r"\p{Lu}\p{Ll}{1,5}(?![\p{L}\p{M}])")


def _syllable_given(text: str, start: int, end: int, word: str, data: NameData) -> bool:
    """Whether ``word``, ending a token after the camel-case name at
    ``start``-``end``, is that name's last syllable: the name holds two words
    at least, an East Asian or Vietnamese surname first or a Vietnamese middle
    name second, as those names are written surname first ("NguyenVanAn",
    "KimMinJi", "DoanVanHa"); a word of three letters or more is no English
    word ("NguyenVanApi")."""
    first = _CAMEL_NEXT.match(text, start)
    second = _CAMEL_NEXT.match(text, first.end()) if first is not None else None
    return (
        first is not None
        and second is not None
        and second.end() <= end
        and (
            fold(first.group()) in _ASIAN_SURNAMES
            or fold(second.group()) in _VIETNAMESE_MIDDLE_NAMES
        )
        and (len(word) == 2 or not data.is_english(fold(word)))
    )


def _camel_stranger(word: str, data: NameData) -> bool:
    """A surname no list holds, glued in camel case: no word of English down to
    wordfreq's rarest either (code's "Lexer", "Max" are words)."""
    return _stranger_surname(word, data) and word not in rare_english()


def _street_named(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a street's or a building's, its type
    written first: "Av. Grau", "plaza-simon-bolivar", a title between them on
    a street ("Av. Libertador Bernardo O'Higgins", "Rua Doutor Arnaldo"), or
    the types Cyrillic writes in lower case ("вул. Івана Франка")."""
    before = _TYPE_BEFORE.search(text, max(0, start - 12), start)
    first = _TYPE_FIRST.match(text, start)
    titled = _TYPE_TITLE_BEFORE.search(text, max(0, start - 40), start)
    written = fold(before["type"] or before["joined"]) if before is not None else ""
    capitalized = before is not None and before["type"] is not None
    return (
        written in _LEADING_STREET_TYPES
        or (capitalized and written in _LANDFORMS)
        or (first is not None and fold(first["type"]) in _LEADING_STREET_TYPES)
        or (titled is not None and fold(titled["type"]) in _LEADING_STREETS)
        or _CYRILLIC_STREET_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# Lakes, mountains, forts and capes named after people, capitalized before the
# name ("Lake Burley Griffin", "Mount Kosciuszko"); in an identifier the place
# as often stands before a person ("p90_lake_phalen_flomo_korto").
_LANDFORMS = frozenset("lake mount fort cape".split())
# A street's type, then a title or two before the name ("Av. Libertador ...").
_TYPE_TITLE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<type>\p{Lu}[\p{L}\p{M}]*)\.? (?:\p{Lu}[\p{Ll}\p{M}]+\.? ){1,2}$"
)
# Street, avenue, square, lane, boulevard, embankment and highway in Ukrainian
# and Russian, as addresses abbreviate them before the name.
_CYRILLIC_STREET_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:вул|вулиця|ул|улица|просп|проспект|пр-т|пл|площа|площадь|пров|пер"
    r"|провулок|переулок|бул|бульв|бульвар|наб|набережна|набережная|шосе|шоссе)\.? ?$"
)


# The word after a name.
_WORD_AFTER = regex.compile(r"[ _\-](?P<word>\p{L}+)")
_LAST_WORD = regex.compile(r"\p{L}+$")
# A capitalized word glued in camel case: after a name ("SheikhZayed" + "Rd"), or ending one.
_CAMEL_AFTER = regex.compile(r"(?P<word>\p{Lu}\p{Ll}+)")
_CAMEL_LAST = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}+$")
# Street types after a name, which no one writes after a person's name
# otherwise: not the surnames ("Lane", "Court").
_TRAILING_STREET_TYPES = _AFTER_STREET_TYPES - _SURNAME_STREET_TYPES


def _street_after(text: str, start: int, end: int) -> bool:
    """A street named after a person, its type after the name or ending the
    span, joined by a space, a hyphen, an underscore or in camel case:
    "Karl-Lueger-Straße", "karl_lueger_strasse", "SheikhZayedRd"; not
    "Lane Kim", the type first, nor "Maria Lopez via Slack"."""
    last = _CAMEL_LAST.search(text, start, end) or _LAST_WORD.search(text, start, end)
    if (
        last is not None
        and last.start() > start
        and text[last.start() - 1] != "."  # a handle's surname: "maria.plaza"
        and fold(last[0]) in _TRAILING_STREET_TYPES
    ):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None and text[end - 1 : end].islower():
        after = _CAMEL_AFTER.match(text, end)
    return after is not None and fold(after["word"]) in _TRAILING_STREET_TYPES


def _venue_named(text: str, start: int, end: int) -> bool:
    """A building named after a person, its type written after the name:
    capitalized ("Sherlock Holmes Museum"), after a preposition of place
    ("near Tan Son Nhat airport") or ending a value the name begins; not
    "maria_lopez_hospital_visit", the person's visit."""
    last = _LAST_WORD.search(text, start, end)
    if last is not None and last[0][0].isupper() and fold(last[0]) in _TRAILING_VENUE_TYPES:
        return True  # "Franz-Josefs-Bahnhof": the type ends the span
    after = _WORD_AFTER.match(text, end)
    if after is None or fold(after["word"]) not in _TRAILING_VENUE_TYPES:
        return False
    return (
        after["word"][0].isupper()
        or _AT_PLACE.search(text, max(0, start - 12), start) is not None
        # The whole value the building's name: "Tan Son Nhat airport"
        or (start == 0 and after.end() == len(text) and text[end] == " ")
    )


# Before a handle's "@", none of what ends an address's local part.
_HANDLE_BEFORE_AT = regex.compile(r"[\p{L}\p{M}\p{N}._%+\-]")


# A character a name may go on over, to either side (a letter too, before it:
# "DeShawn"); "" at the text's end is none.
_CONTINUES = frozenset(" _-'.\u2019")
# Glued to a name's end: a capitalized word or a syllable after a hyphen
# ("Marie-Ève", "Kwok-wing"; not "Garcia-led"), a capitalized word after an
# apostrophe ("Dell'Acqua"), an initial ("T. P."), a Cantonese given name of
# two syllables joined by a hyphen ("Leung Ka-yan").
_AFTER_NAME = regex.compile(
    rf"(?<=[\p{{L}}\p{{M}}])-(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]*|(?i:{_SYLLABLE}))(?![\p{{L}}\p{{M}}\-])"
    r"|(?<=[\p{L}\p{M}])['\u2019]\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])"
    r"|(?<=[\p{L}\p{M}.]) \p{Lu}\.(?![\p{L}\p{M}])"
    rf"|(?<=[\p{{L}}\p{{M}}]) [A-Z]{_SYLLABLE}-{_SYLLABLE}(?![\p{{L}}\p{{M}}\-])"
)
# A particle after a name and the word it introduces: " ten hove", "_o_donaill".
# In a sentence the word after the particle is capitalized ("ten Hove", "Ní
# hUallacháin"; not "de la oficina"); in an identifier it is joined by "_" or
# "-" ("_ten_hove", "_o_donaill").
_INTRODUCED = r"(?: \p{Ll}?\p{Lu}[\p{L}\p{M}']*|[_\-]\p{Ll}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}])"
_PARTICLE_AFTER = regex.compile(
    rf"(?<=[\p{{L}}\p{{M}}])(?: (?P<particle>[\p{{L}}\p{{M}}]{{1,4}})(?= )"
    rf"|[_\-](?P<particle>\p{{Ll}}{{1,4}})(?=[_\-])){_INTRODUCED}"
)
_PARTICLE_LAST = regex.compile(r"(?<![\p{L}\p{M}])(?P<particle>[\p{L}\p{M}]{1,4})$")
_NEXT_WORD = regex.compile(_INTRODUCED)
# Vietnamese "Thị", the middle name before a woman's given name (as "Văn", a
# particle, before a man's): a name found up to it goes on ("le_thi_hoa").
_MIDDLE_BEFORE_GIVEN = frozenset({"thi"})
# A married name after a name, as French, German and Polish write it: "Oumou
# Tounkara épouse Diakité", "Anna Müller geb. Schmidt", "Jane Doe née Smith".
_MARRIED = regex.compile(
    r" (?:épouse|epouse|ép\.|veuve|vve|née|geb\.|geborene|z d\.)"
    r" \p{Lu}[\p{Ll}\p{M}'\-]+(?![\p{L}\p{M}])"
)
# A surname whose apostrophe a field's character rules dropped (AWS tags allow
# none): D'Amico, O'Hare, Dell'Acqua written "DAmico", "OHare", "DellAcqua".
_DROPPED_HINT = regex.compile(r" (?:O|D|Dell|Dall)\p{Lu}\p{Ll}")
# An Irish or Scottish Gaelic surname written with its particle apart ("Ó
# hAodha", "Ní Bhriain", "Uí Néill", "Nic Giolla Phádraig"), its word perhaps
# behind a letter the particle brings ("hA", "nG", "tS"), after a capitalized
# word or an initial: only surnames are written so.
_GAELIC_SURNAME = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'\u2019.\-_])"
    r"(?P<given>\p{Lu}[\p{Ll}\p{M}]{2,}|\p{Lu}\.) (?:Ó|Ní|Uí|Nic|Mhic)"
    r"(?: [hnt]?\p{Lu}[\p{Ll}\p{M}]{2,}){1,3}"
    r"(?![\p{L}\p{M}\p{N}]|['\u2019]s\b)"
)
# The rest of such a surname after a name's span that ends in its prefix
# ("Maria Grazia Dell" + "Acqua").
_APOSTROPHE_PREFIX = regex.compile(r"(?<![\p{L}\p{M}])(?:O|D|Dell|Dall)$")
_APOSTROPHE_REST = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]{2,}(?![\p{L}\p{M}\-.@])")
# The rest of a word after an apostrophe typed for a glottal stop (Tongan,
# Hawaiian, Uzbek: "Tu'ipulotu", "Bo'tayev") or before a suffix (Turkish
# "Ahmet'in"): lower-case letters, not English's "'s", "'ll", "'re", "'ve".
_GLOTTAL_REST = regex.compile(
    r"['\u2019](?:\p{Ll}[\p{Ll}\p{M}]{2,}|(?!ll|re|ve)\p{Ll}{2})(?![\p{L}\p{M}])"
)
_NEXT_SURNAME = regex.compile(r" (?P<word>\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\-.@])")
_NEXT_LOWER = regex.compile(r"[ _\-](?P<word>\p{Ll}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}@])")
_NEXT_UPPER = regex.compile(r" (?P<word>\p{Lu}[\p{Lu}\p{M}]+)(?![\p{L}\p{M}\p{N}@])")
# A surname after a name in mixed case: capitalized, or in capitals ("Meron ASSEFA").
_NEXT_CAPS = regex.compile(
    r" (?P<word>\p{Lu}(?:[\p{Ll}\p{M}]{3,}|[\p{Lu}\p{M}]{3,}))(?![\p{L}\p{M}\p{N}\-.@])"
)
_NEXT_INITIAL = regex.compile(r"[_\-]\p{Ll}(?![\p{L}\p{M}\p{N}@])")
# Before a name's start: an initial, initials run together ("J.C.M. ") or a
# short form ("A. ", "Ma. ", "Md. "), a
# capitalized prefix of its word ("De" of "DeShawn"), a word and a space, or
# an identifier's piece ("nguyen_").
# (a French compound given name's initials are joined by a hyphen: "J.-P. Dupont")
_INITIAL_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}.])(?P<short>(?:\p{Lu}\.){1,2}\p{Lu}|\p{Lu}\p{Ll}?)\.(?: ?|-)$"
)
# A given name's prefix before its capital, glued or after an apostrophe
# ("DeShawn", "De'Andre", "La'Keisha"); the first of a hyphenated given name.
_PREFIX_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{1,2}['\u2019]?$"
    r"|(?<![\p{L}\p{M}\-])\p{Lu}[\p{Ll}\p{M}]+-$"
)
_CAPS_PARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\-])(?P<particle>\p{Lu}{2,3})-$")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\-'])(?P<word>[\p{L}\p{M}']+) $")
_PIECE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?P<word>\p{Ll}+)[_\-]$")
# A capitalized word glued before a name in camel case ("Kedir" of "KedirMohammedAli").
_CAMEL_BEFORE = regex.compile(r"(?<!\p{Lu})(?P<word>\p{Lu}[\p{Ll}\p{M}]{2,})$")
# A short form before a name in Bengali or Devanagari letters, its
# abbreviation marked by a visarga or a dot (Bengali "মোঃ" (Md.), "ডাঃ" (Dr.),
# Hindi "डॉ." (Dr.): their sentences end in a danda, not a dot); in Arabic
# letters, one letter and a dot ("د." (Dr.), "م." (Eng.)), for a short word
# may end a sentence there.
_SHORT_FORM_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:[\p{Bengali}\p{Devanagari}][\p{L}\p{M}]{0,4}?[\u0983.]|\p{Arabic}\.) ?$"
)
# A capitalized word glued after a name in camel case ("JuanCarlos" + "Huillca").
_CAMEL_NEXT = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+")
# The value's first word, just before a name: at its start or after a mark that
# sets a value off (a label's colon, a bracket, a quote).
_FIRST_BEFORE = regex.compile(r"(?:^|[:;,(\[\"'|/=]\s*)(?P<word>\p{Lu}\p{Ll}{1,4}) $")


def _unlisted_first(word: str, name: str, data: NameData) -> bool:
    """A short word (two to five letters) no list or dictionary holds, first
    in a value before a name found: a given name the lists lack ("Zaw" of
    "Zaw Min Htet"); not a word of any language compared ("Ask Min Htet",
    "Inhaber Lotte Brinkmann"), a title, a greeting or a place.
    Capitalized only: in an identifier the first piece is code's as often
    (``dev_jane_doe``)."""
    folded = fold(word)
    return (
        not _greeting_only(folded, data)
        and name[0].isupper()
        and len(folded) >= 2
        and folded not in data.glued_words
        and _unlisted_before(word, data)
    )


def _particle(word: str) -> bool:
    return word.lower() in PARTICLES or fold(word) in PARTICLES


def _name_piece(word: str, data: NameData, *, after: bool = False) -> bool:
    """A lower-case piece of an identifier before a name found in it that is
    the name's too: an initial ("a_r_jeyakumar"), a particle, a listed name
    that is barely a word and no place ("nguyen_van_an"), an East Asian surname.
    After a name in lower case or capitals, the same pieces continue it, and
    so does one of a country's commonest surnames, though a town bears it too
    ("anarita_martins", "joaopedro_costa")."""
    return (
        len(word) == 1
        or _particle(word)
        or word in _ASIAN_SURNAMES
        or (
            word in data.usable
            and data.word_score(word) < MIN_WORD
            and (
                word not in data.places or (after and word in data.family and word in data.popular)
            )
        )
    )


def _first_piece(word: str, data: NameData) -> bool:
    """The piece of an identifier just before a name found in it that is the
    name's first: a listed name barely a word though a town bears it
    ("herve_ngo_biyong", "KedirMohammedAli"), or a word of four letters or
    more with two vowels that no dictionary, gazetteer or list of another
    language's words holds ("sijo_joseph_chirayath"); not a word
    ("sales_john_smith", "sandbox-wong_ka_wai")."""
    if word in data.usable:
        return data.word_score(word) < MIN_WORD
    return (
        _stranger(word, data)
        and _vowels(word) >= 2
        and word not in foreign_words()
        and word not in towns()
        and word not in rare_english()
    )


# A surname's prefix, split from the rest by its capital: a word of four
# letters or fewer, capitalized ("Mc" of "McCarthy", "Le" of "LeBlanc", "Di" of
# "DiCaprio", "Van" of "VanDyke").
_SURNAME_PREFIX = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{0,3}$")
# A capitalized word: the rest of "McCarthy" after its prefix, a word of camel case.
_CAPITALIZED_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+")


def _whole_surname_end(text: str, end: int) -> int:
    """The end of a name found up to a surname's prefix glued to the rest by
    its capital, past the rest: "Aoife McCarthy", "Marie LeBlanc", never
    "Aoife Mc" beside "Carthy" nor "Marie Le" beside "Blanc"."""
    if _SURNAME_PREFIX.search(text, max(0, end - 5), end) is None:
        return end
    rest = _CAPITALIZED_WORD.match(text, end)
    return rest.end() if rest is not None else end


def _stranger_surname(word: str, data: NameData) -> bool:
    """A word after a name that is its surname though no list holds it: four
    letters or more with two vowels, no word of English nor a common one of
    another language, no place nor street ("kimaro", "Jepkoech"; not "kiosk",
    "ventas", "Nord")."""
    return (
        _stranger(word, data)  # (a listed name is the rules' above to take)
        and _vowels(word) >= 2
        and word not in STREET_TYPES
        and not word.endswith(_GLUED_STREET_TYPES)  # "wittlaan" of "johan-de-wittlaan"
        and word not in foreign_words()
    )


# An initial, a particle and the word after it: "P. van der Berg", "J. de
# Vries", "A. van den Bosch". The particle makes a surname of the word after
# it, though a place or a word bears it too.
_INITIAL_PARTICLE_SURNAME = regex.compile(
    r"(?<![\w.])[A-Z]\. (?:(?i:van|von|de|der|den|ter|ten|du|da|di|del|della|dos|das|zu)[ ])+"
    r"\p{Lu}\p{Ll}{2,}(?![\p{L}\p{M}])"
)


def _initial_particle_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """Each initial, particle and surname (see ``_INITIAL_PARTICLE_SURNAME``)."""
    for match in bounded.finditer(_INITIAL_PARTICLE_SURNAME, text):
        yield match.start(), match.end(), THRESHOLD


# An Arabic surname with its article, "al-" or "el-" (the nisba and family
# names: Al-Farsi, El-Masry, AL-ZAHRANI), and a given name beside it, before
# or after ("Al-Farsi, Ahmed"); in an identifier, all of it joined
# ("ahmed-al-farsi"). The article makes the word after it a surname, though
# it is an English word too ("Farsi", "Masri").
_ARTICLE_HINT = re.compile(r"(?i)(?<![a-z])[ae]l[-_]")
_ARTICLE = r"(?:al|el|Al|El|AL|EL)"
# (joined by a hyphen or an underscore: Spanish's "el" stands apart, "con el quilombo")
_ARTICLE_SURNAME = rf"{_ARTICLE}[-_]\p{{L}}[\p{{L}}\p{{M}}]{{2,}}"
_GIVEN_WORD = r"\p{L}[\p{L}\p{M}]{2,}"
_GIVEN_THEN_ARTICLE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<given>{_GIVEN_WORD})[ _\-.](?P<surname>{_ARTICLE_SURNAME})"
    r"(?![\p{L}\p{M}])"
)
_ARTICLE_THEN_GIVEN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<surname>{_ARTICLE}-\p{{L}}[\p{{L}}\p{{M}}]{{2,}}),?"
    rf" (?P<given>{_GIVEN_WORD})"
    r"(?![\p{L}\p{M}])"
)


def _article_surnames(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A listed given name barely a word, no place, beside an Arabic surname
    with its article (see ``_ARTICLE_HINT``): written the same way as the
    surname's word, capitalized, in capitals or in lower case."""
    for pattern in (_GIVEN_THEN_ARTICLE, _ARTICLE_THEN_GIVEN):
        for match in bounded.finditer(pattern, text, overlapped=True):
            if _plain_given(fold(match.group("given")), data) and _same_casing(
                match.group("given"), match.group("surname")
            ):
                yield match.start(), match.end(), THRESHOLD


def _same_casing(given: str, surname: str) -> bool:
    """Both words lower case, or both begin with a capital (a surname in
    capitals after a capitalized given name too: "Fahad AL-ZAHRANI")."""
    last = surname[3:]
    return given.islower() == last.islower() and given[:1].isupper() == last[:1].isupper()


def _given_after_comma(word: str, data: NameData) -> bool:
    """A listed given name barely a word, or a word no list, dictionary or
    gazetteer holds with a name's vowels: a name's given name after its surname."""
    if word in data.given:
        return _plain_given(word, data)
    return _stranger_surname(word, data)


_JOINED_SURNAME = regex.compile(r" (?:y|e|i) (?P<word>\p{Lu}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\-.@])")
_JOINED_LOWER = regex.compile(r" (?:y|e|i) (?P<word>\p{Ll}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\-.@])")
_COMMA_GIVEN = regex.compile(r", (?P<word>\p{Lu}[\p{Ll}\p{M}]+)(?=[,;)]|\.?$|\.? |\s*$)")


# A surname in capitals and a comma before a capitalized name found.
_CAPS_COMMA_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\-'])(?P<word>\p{Lu}[\p{Lu}\p{M}]{2,}), $")


def _caps_surname(word: str, data: NameData) -> bool:
    """A word in capitals before a name found and a comma that is its surname:
    a listed surname, or one shaped as its language's are, barely a word and
    no street type; or one no list holds ("NOTE, Anna" is no name's)."""
    if data.is_surname(word):
        return data.word_score(word) < MIN_WORD and word not in STREET_TYPES
    return _stranger_surname(word, data)


def _plain_surname(word: str, data: NameData, *, town_ok: bool = False) -> bool:
    """A listed surname that is barely a word and no place nor street's; with
    ``town_ok``, a place may bear it too ("Tolentino")."""
    return (
        word in data.family
        and data.word_score(word) < MIN_WORD
        and (town_ok or word not in data.places)
        and word not in STREET_TYPES
    )


def _plain_given(word: str, data: NameData) -> bool:
    """A listed given name that is barely a word and no place."""
    return word in data.given and data.word_score(word) < MIN_WORD and word not in data.places


_INITIAL_HEAD = regex.compile(r"\p{Lu}\.?")


def _past_particles(name: str) -> str:
    """``name`` from its first word that is no particle on."""
    words = name.split(" ")
    while len(words) > 1 and _particle(words[0]):
        words.pop(0)
    return " ".join(words)


def _surname_before(word: str, name: str, data: NameData) -> bool:
    """A word before a name that is part of it: a particle ("Ó HAODHA", "de
    Sousa"); a clear given name before a capitalized name ("Winnie" of "Winnie
    Wong Wing-kei"); a surname in capitals, no English word nor place unless a
    list holds it, before a name whose first word is in capitals or
    capitalized ("DE SOUSA MARTINS Ana Rita"). Never a greeting ("Hej Ingrid")."""
    folded = fold(word)
    if _greeting_only(folded, data):
        return False
    if _particle(word) and (word[:1].isupper() or _past_particles(name)[:1].isupper()):
        # (over the particles taken already: "van" of "van der Berg"); a particle
        # in lower case comes before a surname, never an initial or a clear given
        # name ("von" of "Vorlage von R. Koopmans" is German's "by")
        head = _past_particles(name).split(" ")[0]
        return not (
            word.islower()  # "DI STEFANO Anna Chiara", "Di Stefano": the surname's
            and (
                _INITIAL_HEAD.fullmatch(head)
                or (_clear_given(fold(head), data) and fold(head) not in data.family)
            )
        )
    if word[:1].isupper() and not word.isupper():
        # A given name before a surname found first: "Winnie Wong Wing-kei".
        return name[:1].isupper() and _clear_given(folded, data)
    if word.islower() and name.islower() and folded in data.given:
        # ... or all in lower case, where a town's name may be a given name
        # too: "guadalupe hernandez zavala".
        return data.name_wordiness(folded) <= GLUED_MAX_WORDINESS
    return (
        len(word) >= 2
        and word.isupper()
        and name[:1].isupper()
        and (
            folded in data.usable
            or folded in _ASIAN_SURNAMES
            or not (data.is_english(folded) or folded in data.places)
        )
    )


# The names of the text last read on this thread: the prefilter reads a text
# through (could_hold) just before the analyzer asks for the same spans, which
# take it and clear it.
_LAST = threading.local()


def _could_name(text: str) -> bool:
    """Whether a name is found in ``text``: exactly where the matcher is
    asked, behind cheaper necessary conditions (see ``could_hold``)."""
    data = name_data()

    if not text.isascii():  # names in other scripts meet their lists as written
        return bool(_names_of(text, data))
    usable, census = data.usable, data.census_only
    words = tokens(text)
    present = {w for _, _, w in words}
    if (
        not _TITLES.isdisjoint(present)
        or (
            not _CAPITALIZED_TITLES.isdisjoint(present)
            and bounded.search(_CAPITALIZED_TITLED, text) is not None
        )
        or (not _SEA_TITLES.isdisjoint(present) and bounded.search(_SEA_TITLED, text))
    ):
        return bool(_names_of(text, data, words))  # a title: a surname alone may follow
    listed = paired = 0
    given = data.given
    shaped = data.surname_shaped
    for _, _, w in words:
        if w in usable:
            if w in census and w not in given:
                paired += 1
            else:
                listed += 1
        elif len(w) >= MIN_SHAPED_SURNAME and shaped(w):  # the length first: cheaper
            listed += 1
    # A surname only the census lists makes a name beside a listed given name only.
    if listed >= 2 or (
        listed == 1
        and (
            paired
            or any(
                len(w) == 1 or text[s].isupper() or _name_only_surname(w, data) for s, _, w in words
            )
        )
    ):
        return bool(_names_of(text, data, words))
    if "." in text and any(
        (text[a[1] : b[0]] == "." and (a[2] in usable or (len(a[2]) == 1 and b[2] in usable)))
        or (len(a[2]) == 1 and b[2] in census and text[a[1] : b[0]] == ". ")
        or (b[1] - b[0] <= 2 and len(a[2]) >= 6 and text[a[1] : b[0]] == ".")
        for a, b in itertools.pairwise(words)
    ):
        # "fatima.alzahraa", "c.dangelo", "R. Aumua", "thenmozhi.a"
        return bool(_names_of(text, data, words))
    if (
        listed
        and " " not in text.strip()
        and any(
            (a[2] in data.popular or (len(a[2]) >= 5 and a[2] in given))
            and len(b[2]) >= 5
            and b[2] not in usable
            for a, b in itertools.pairwise(words)
        )
    ):
        # "noa_cohenlevi", "ioane_faleolo": a user name's surname
        return bool(_names_of(text, data, words))
    if (listed or paired) and any(
        len(b[2]) >= 5
        and b[2] in usable
        and b[2] not in given
        and len(a[2]) >= 4
        and a[2] not in usable
        and (
            text[a[1] : b[0]] in _USER_NAME_JOINS
            or (a[1] == b[0] and text[a[0]].isupper() and text[b[0]].isupper())
        )
        for a, b in itertools.pairwise(words)
    ):
        # "churn-nadeesha_perera-v2", "WendyamKabore-perso": a given name no list
        # holds (_stranger_before_surname, _camel_stranger_surname)
        return bool(_names_of(text, data, words))
    if any(len(w) >= MIN_GLUED and _glued_full(w, data) for _, _, w in words):
        return bool(_names_of(text, data, words))  # "danielharrington", "eszterfodor"
    if ". " in text and bounded.search(_INITIAL_PARTICLE_SURNAME, text) is not None:
        return bool(_names_of(text, data, words))  # "P. van der Berg"
    for mark, shape in _MARKED_SHAPES:  # a loop, not any(): no generator on the hot path
        if mark in text and bounded.search(shape, text) is not None:
            return bool(_names_of(text, data, words))
    # (its literal hint first: most texts hold no such word)
    if any(True for _ in _cued_handles(text, data)):
        return bool(_names_of(text, data, words))  # "ev_sessions_by_sghebremedhin"
    if " " in text and any(True for _ in _cued_user_names(text, data)):
        return bool(_names_of(text, data, words))  # "owner rkilic"
    if "@" in text and any(True for _ in _at_handles(text, data)):
        return bool(_names_of(text, data, words))  # "cc @shuarachio"
    if " " in text:
        for pair in bounded.finditer(_CAPITALIZED_PAIR, text):
            if _announced(text, pair.start()) or _vouched_after(text, pair.end("second")):
                return bool(_names_of(text, data, words))  # "issued by Munkhbat Ochir"
    # East Asian names in Latin letters ("huang_zihan", "Park Ji-hoon",
    # "Chan Tai Man", "N. Vo", "cheung.ming"): a surname of theirs first.
    if any(True for _ in _east_asian_names(text, words, present, data)):
        return bool(_names_of(text, data, words))
    if _CHILD_HINT.search(text.lower()) is not None and bounded.search(_CHILD_OF, text) is not None:
        return bool(_names_of(text, data, words))  # "Priya a/p Krishnan"
    if (
        " " in text
        and any(e - s >= 3 and text[s:e].isupper() for s, e, _ in words)
        and bounded.search(_UPPER_SURNAME_GIVEN, text) is not None
    ):
        return bool(_names_of(text, data, words))  # "IOANNOU Chrystalla"
    if paired + listed == 1 and len(words) == 2 and words[1][2] in usable:
        return bool(_names_of(text, data, words))  # "Tjark Ubben": a whole value
    if " " in text and any(True for _ in _addressed(text, data)):
        return bool(_names_of(text, data, words))  # "escalate to Suharti"
    if (
        not text.islower()  # (the name is capitalized: most identifiers are not)
        # (a mobile's length of digits: the names beside shorter numbers are
        # those other hints above let through)
        and len(_DIGIT.findall(text)) >= MIN_VOUCHING_DIGITS
        and any(True for _ in _beside_phone(text, data))
    ):
        return bool(_names_of(text, data, words))  # "Dhawura 07700 900841"
    if " " in text or not any(
        len(w) >= 5
        and (
            (w[1:] in usable and (w[1:] not in census or len(w) > MIN_CENSUS_AFTER_INITIAL))
            or (len(w) > MIN_SHAPED_SURNAME and shaped(w[1:], strong=True))
            or _two_initials_surname(w, data)
        )
        for _, _, w in words
    ):
        return False  # no pair, and no initial glued to a surname ("jsmith", "dhkim")
    return bool(_names_of(text, data, words))


def _names_of(
    text: str, data: NameData, words: list[Word] | None = None
) -> list[tuple[int, int, float]]:
    last: tuple[str, NameData, list[tuple[int, int, float]]] | None = getattr(_LAST, "value", None)
    if last is not None and last[0] == text and last[1] is data:
        return last[2]
    names = list(find_names(text, data, words))
    # Kept only for a text that holds a name, whose spans are asked for next;
    # a text without one is not kept at all.
    _LAST.value = (text, data, names) if names else None
    return names


def find_names(
    text: str, data: NameData, words: list[Word] | None = None
) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each name in ``text`` (``words``: its tokens, if
    the prefilter has read them already); none inside a random token."""
    names = list(_find_names(text, data, words))
    if not names or len(text) < MIN_BLOB:
        yield from names
        return
    blobs = _blobs(text)
    for name in names:
        if not any(start <= name[0] and name[1] <= end for start, end in blobs):
            yield name


# A run of a token's letters and digits that reads as random, not as words:
# mixed case and digits with a capital or a digit standing alone between
# others ("d8WLWmy3WHoOgZx8", a key; "37eef29972d5bfbb", a hash), never a
# camel-case identifier's words ("AllowJarrahTjungurrayiLaptop2").
MIN_BLOB = 20
_ALNUM_RUN = regex.compile(rf"[A-Za-z0-9]{{{MIN_BLOB},}}")
_RANDOM_STEP = regex.compile(r"[A-Z][a-z]?[A-Z0-9]|[0-9][A-Za-z][0-9]|[a-z][0-9][a-z]")
MIN_RANDOM_STEPS = 3


def _blobs(text: str) -> list[tuple[int, int]]:
    return [
        run.span()
        for run in _ALNUM_RUN.finditer(text)
        if sum(ch.isdigit() for ch in run.group()) >= 2
        and len(_RANDOM_STEP.findall(run.group())) >= MIN_RANDOM_STEPS
    ]


def _find_names(
    text: str, data: NameData, words: list[Word] | None = None, *, rereads: int = 0
) -> Iterator[tuple[int, int, float]]:
    yield from _cjk_names(text, data)
    if not text.isascii() and _CJK_RUN.search(text) is not None:
        yield from _cjk_honorific_names(text, data)
    if words is None:
        words = tokens(text)
    if not words:
        return
    prose = " " in text.strip()
    deadline = cpu_deadline()
    i = 0
    found: list[tuple[int, int, float]] = []
    while i < len(words):
        if i % 256 == 0 and past(deadline):
            raise RecognizerTimeout("person name matching timed out")
        best = _best_run(text, words, i, data, prose)
        if best is not None:
            end, score = best
            # "Raj Vainikolo III", "Ravi Kumar T. P.": a suffix is the name's too.
            suffix = _name_suffix(text, words[end][1])
            stop = suffix.end() if suffix else words[end][1]
            found.append((words[i][0], stop, score))
            i = end + 1
            while i < len(words) and words[i][0] < stop:
                i += 1  # (the suffix's words begin no name of their own)
        else:
            i += 1
    present = {w for _, _, w in words}
    for handle in (
        *_user_names(text, words, data, prose),
        *_handles(text, words, data),
        *_surname_initials(text, words, data, prose),
        *_glued_names(text, words, data, prose),
        *_slashed_names(text, data),
        *_given_dot_initials(text, words, data),
        *(_initial_prefixed_surnames(text, data) if ". " in text else ()),
        *(() if prose else _camel_stranger_surname(text, data)),
        *_upper_surname_first(text, data),
        *_east_asian_names(text, words, present, data),
        *_children_of(text, data),
        # (asked only where their mark stands: a call costs more than the test)
        *(
            (_sea_titled(text, data) if not _SEA_TITLES.isdisjoint(present) else ())
            if text.isascii()
            else _thai_titled(text, data)
        ),
        *(_romaji_honorific_names(text, data) if "-" in text else ()),
        *(_article_surnames(text, data) if _ARTICLE_HINT.search(text) else ()),
        *(_initial_particle_surnames(text) if ". " in text else ()),
        *(
            _nicknamed(text, data)
            if "'" in text or '"' in text or "\u201c" in text or "(" in text
            else ()
        ),
        *(_at_handles(text, data) if "@" in text else ()),
        *_cued_handles(text, data),
    ):
        if past(deadline):  # merging is quadratic in the names found: a value of thousands
            raise RecognizerTimeout("person name matching timed out")
        found = _merged(found, handle)
    if prose:
        # A path or an ARN standing in prose is read as an identifier
        # ("Resource: arn:...:client/gw-maria-quispe"): its hyphens join the
        # pieces of an identifier, not the words of a compound ("golden-brown").
        for start, end in _path_tokens(text):
            if not _could_name(text[start:end]):
                continue  # the cheap test first: most paths hold no name
            for name in _names_of(text[start:end], data):
                inner = (start + name[0], start + name[1], name[2])
                if not _overlaps_any(inner, [(f[0], f[1]) for f in found]):
                    found.append(inner)
    found = [name for name in found if not _word_and_place(text, name, data)]
    if not prose:
        yield from found
        return
    # A surname alone after a title, and a given name alone signing a text off:
    # where no run of two words has already found the name.
    alone = [
        *_caseless_named(text, data),
        *(_spaced_names(text) if not text.isascii() else ()),
        *_titled_surnames(text, data),
        *_given_and_initial(text, data),
        *_initial_and_given(text, data),
        *(_surname_and_initials(text, data) if ", " in text else ()),
        *_addressed(text, data),
        *(_beside_phone(text, data) if _DIGIT.search(text) else ()),
        *_named_by_address(text, data),
        *named_beside_address(text, data),
        *(_chat_nicks(text, data) if "<" in text else ()),
        *_cued_user_names(text, data),
        *_upper_surname_given(text, data),
        *_irish_surnames(text, data),
        *(_searched_names(text, data) if "'" in text else ()),
        *(_possessive_given(text, data) if "'s " in text or "\u2019s " in text else ()),
        _signed_by(text, words[-1], data),
        _stranger_and_surname(text, words, data) if len(words) == 2 else None,
    ]
    for single in alone:
        if single is None:
            continue
        if past(deadline):
            raise RecognizerTimeout("person name matching timed out")
        found = _merged(found, single)
    # A name found in prose that holds a function word of the language the
    # prose is in ("Sie Ihre Änderungen", "kata laluan yang"; see
    # ``_function_word_in``): the word is that, not a name a list holds. The
    # text is read again with every such word left out, once for all of them,
    # and what is a name without its word stands ("ke sama budi santoso":
    # "budi santoso"). A run of such words is left out one word a reading, so
    # the readings are bounded; past the bound, the names stand as found.
    language = FunctionWords(text)  # (the text's words are counted only if asked)
    words_in = [_function_word_in(text, name, language) for name in found]
    if rereads >= MAX_REREADS or not any(words_in):
        yield from found
        return
    pieces, last = [], 0
    for word in sorted((w for w in words_in if w is not None), key=lambda w: w.start()):
        pieces += [text[last : word.start()], " " * (word.end() - word.start())]
        last = word.end()
    masked = "".join(pieces) + text[last:]
    yield from (name for name, word in zip(found, words_in, strict=True) if word is None)
    spans = [name for name, word in zip(found, words_in, strict=True) if word is not None]
    for rest in _find_names(masked, data, rereads=rereads + 1):
        if any(name[0] <= rest[0] and rest[1] <= name[1] for name in spans):
            yield rest


MAX_REREADS = 3


def _function_word_in(
    text: str, name: tuple[int, int, float], language: FunctionWords
) -> regex.Match[str] | None:
    """The first word of a name found in prose that is a function word of the
    language the prose is in (``stop_words``): a capitalized name's first word
    ("Kein Speicher"), any word of a name in lower case ("nilai yang"). Not a
    surname's particle ("de Sousa", "maria de la cruz"), unless it ends a name
    in lower case, which no name does ("del campo de")."""
    lower = text[name[0] : name[1]].islower()
    for word in WORD.finditer(text, name[0], name[1]):
        edge = word.end() == name[1]
        particle = fold(word.group()) in PARTICLES
        if (not particle or (lower and edge)) and language.at(word.start(), word.end()):
            return word
        if not lower:
            return None
    return None


def _merged(
    found: list[tuple[int, int, float]], name: tuple[int, int, float]
) -> list[tuple[int, int, float]]:
    """``found`` with ``name`` read beside it. A name that holds names found in
    it is the whole name ("tskitishvili_l", "Lachie O'Brien" over "O'Brien");
    one that shares words with a name found is the same person's, and the two
    spans are one ("Cik Nurul Aisyah" and "Nurul Aisyah binti Kamarudin"):
    never a part left beside a pseudonym."""
    inside = [f for f in found if f[0] < name[1] and name[0] < f[1]]
    if not inside:
        return [*found, name]
    start = min(name[0], *(f[0] for f in inside))
    end = max(name[1], *(f[1] for f in inside))
    score = max(name[2], *(f[2] for f in inside))
    return [f for f in found if f not in inside] + [(start, end, score)]


# File types of two letters: "deploy.sh" is a file, not a person ("main.c"
# and "util.h" are English words' files).
_SHORT_EXTENSIONS = frozenset(
    "go py js ts rb sh gz xz bz db md pl rs cs kt jl ml hs io ai so mk in cc hh ps vb fs "
    "ex nb rd tf am ac el lz".split()
)


def _given_dot_initials(
    text: str, words: list[Word], data: NameData
) -> Iterator[tuple[int, int, float]]:
    """A user name of a given name, a dot and the initials of the father's
    name or the family's, as South India writes them ("thenmozhi.a",
    "shivakumar.bn"): a listed given name of four letters or more, barely a
    word, or a word of six letters or more with a name's vowels that is no
    English word nor place. Not a file ("setup.py"), a host or an address."""
    if "." not in text:
        return
    for first, second in itertools.pairwise(words):
        if text[first[1] : second[0]] != "." or not 1 <= second[1] - second[0] <= 2:
            continue
        start, end = first[0], second[1]
        if (start and (text[start - 1].isalnum() or text[start - 1] in ".@")) or (
            end < len(text) and (text[end].isalnum() or text[end] in ".@-")
        ):
            continue  # a host's labels ("iottwinmaker.us-east-1"), an address
        given, initials = first[2], second[2]
        if not (text[start:end].islower() and given.isalpha() and initials.isalpha()):
            continue
        if initials in _SHORT_EXTENSIONS or given in data.places:
            continue
        listed = (
            len(given) >= 4
            and given in data.given
            and data.name_wordiness(given) <= DOTTED_MAX_WORDINESS
        )
        if listed or _long_stranger(given, data):
            yield start, end, THRESHOLD


# An initial and a surname written with its prefix's capital ("O. McCarthy",
# "J. DiMaggio"): the tokens split the surname at its capital, so no run of
# words reads it whole.
_INITIAL_PREFIXED = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}.])\p{Lu}\. "
    r"(?P<surname>\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}{2,})(?![\p{L}\p{M}\p{N}])"
)


def _initial_prefixed_surnames(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """An initial and a listed surname in camel case after it, barely a word."""
    for match in _INITIAL_PREFIXED.finditer(text):
        surname = fold(match.group("surname"))
        if (
            surname in data.family
            and surname not in data.places
            and 1.0 - data.name_wordiness(surname) >= CLEAR_GIVEN
        ):
            yield match.start(), match.end(), THRESHOLD


# A token of prose (up to a space, a quote, a bracket or a comma); a path or an
# ARN where a "/" or ":" stands inside it (an underscore alone, "$MAX_PRICE",
# is as often a variable's).
_PATH_TOKEN = regex.compile(r"[^\s\"'()\[\]{}<>,;]+")
_PATH_MARKS = "/:"
_PATH_ENDS = ".:!?"
# Base64 (a key or a certificate pasted into a document), whose "/" joins no words.
_CODED = regex.compile(r"[A-Za-z0-9]{24,}|\+|\\n")


def _path_tokens(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each path or ARN standing in prose, without the
    punctuation around it ("Resource:" is no path); addresses are the email
    recognizer's."""
    if not any(mark in text for mark in _PATH_MARKS):
        return
    for match in _PATH_TOKEN.finditer(text):
        start, end = match.span()
        while start < end and text[start] in _PATH_ENDS:
            start += 1
        while end > start and text[end - 1] in _PATH_ENDS:
            end -= 1
        token = text[start:end]
        if (
            len(token) >= MIN_PATH_TOKEN
            and "@" not in token
            and any(mark in token for mark in _PATH_MARKS)
            and _CODED.search(token) is None
        ):
            yield start, end


def _overlaps_any(span: tuple[int, int, float], runs: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in runs)


def _user_names(
    text: str, words: list[Word], data: NameData, prose: bool
) -> Iterator[tuple[int, int, float]]:
    """A user name of a given name or an initial, a dot and a surname, as
    accounts and home folders are named ("users/fatima.alzahraa/", "c.dangelo"),
    not inside a host name or before an "@". The given name is one of a
    country's commonest and barely a word (before a dot, any listed one of four
    letters or more, a little more a word; joined, any listed one of five or
    more that is no town's, "ioane_faleolo"); the surname listed, or (after a
    given name) no English word, long and with a name's vowels
    ("brzeczyszczykiewicz"), nor two words of any language run together
    ("haltestellen"), not a file type ("iris.joblib"). In an
    identifier a given name and such a surname may also be joined by "_" or
    "-" ("krg_omar_almansouri"); anywhere, in camel case ("OriShapira",
    "SELECT 'EsperanzaRangihuna' AS note")."""
    popular, family = data.popular, data.family
    for first, second, gap in _pairs_over_particles(text, words):
        given = first[2]
        if second[2] in family and _stranger_before_surname(text, first, second, gap, data, prose):
            yield first[0], second[1], THRESHOLD
            continue
        # Cheapest first: most words are no common given name nor an initial.
        # Before a dot, any listed given name of four letters or more will do
        # ("arjun.mehrotra"); "sys.maxsize", "doc.setdefault" are code.
        if (
            len(given) != 1
            and given not in popular
            and not (
                given in data.given
                and (
                    (len(given) >= 4 and text[first[1] : second[0]] == ".")
                    # joined: a listed given name of five letters or more, no town's
                    # ("lora-", "reco-", "filadelfia_" are a radio's, a word's, a town's)
                    or (len(given) >= 5 and given not in data.places)
                )
            )
        ):
            continue
        start, end = first[0], second[1]
        if not (given.isalpha() and second[2].isalpha()):
            continue
        # (an acronym in capitals before a word is no given name: "IBANRemesa")
        camel = (
            gap == ""
            and text[start].isupper()
            and text[second[0]].isupper()
            and not text[start + 1 : first[1]].isupper()
        )
        joined = camel or (not prose and gap in ("_", "-"))
        if gap != "." and not joined:
            continue
        if _glued_on(text, start, end):
            continue
        if text[start].isupper() != text[second[0]].isupper():
            continue
        surname = second[2]
        if surname in data.places:  # "anna.berlin"; a given name may be a town's ("fatima")
            continue
        if gap != "." and _word_more_than_name(given, data) and surname not in data.family:
            continue  # "apollo-codegen", "karma-webdriver": a tool named for a god, an idea
        before = _SAINT_BEFORE.search(text, max(0, start - 8), start)
        if before is not None and fold(before["saint"]) in _SAINTS:
            continue  # "santa_teresa_whatif": a town or a church named for a saint
        listed = surname in data.family and data.word_score(surname) <= GLUED_MAX_WORDINESS
        if len(given) == 1:
            if gap == "." and listed and len(surname) >= 3:
                yield start, end, INITIAL + 1.0
        elif (
            len(given) >= 3
            and given in data.given
            and data.name_wordiness(given)
            <= (DOTTED_MAX_WORDINESS if gap == "." else GLUED_MAX_WORDINESS)
            and (
                (listed and gap == ".")
                # After a dot and a given name of five letters or more, two vowels
                # will do: "malgorzata.szczesna", "oystein.braten"; not code's
                # "rand.randint", "link.unlink".
                or (
                    (
                        _long_stranger(
                            surname,
                            data,
                            vowels=2 if gap == "." and len(given) >= 5 and given in popular else 3,
                        )
                        # after a dot and a given name of five letters or more, a
                        # surname of five and two vowels: "landry.njoya"
                        or (
                            (gap == "." or given in popular)
                            and len(given) >= 5
                            and len(surname) >= 5
                            and _stranger_surname(surname, data)
                            and not compound_word(surname, data)
                            # joined, no two words of another language run together
                            # ("ilona-haltestellen")
                            and (gap == "." or not foreign_compound(surname, data))
                        )
                    )
                    # joined by "_" or "-", a common word of another language is the
                    # identifier's ("sol-prueba", "maria-tienda"); a dot makes a user name
                    and (gap == "." or surname not in foreign_words())
                )
            )
        ):
            yield start, end, THRESHOLD


_USER_NAME_JOINS = frozenset("._-")
# German's umlauts and the Nordic letters as ASCII writes them ("ae", "oe",
# "aa" for "å"); replaced by the letter fold() keeps of each (see _folded_back).
_WRITTEN_OUT = regex.compile(r"([aou])e|(a)a")


def _folded_back(word: str) -> str:
    """``word`` with its written-out umlauts as fold() writes them: "aarhus" ->
    "arhus", "aenderungen" -> "anderungen" (the lists hold the folded forms)."""
    folded: str = _WRITTEN_OUT.sub(r"\1\2", word)
    return folded


def _glued_on(text: str, start: int, end: int) -> bool:
    """Whether a user name at ``text[start:end]`` is glued to more: a letter or
    digit, or a dot, before it; a letter or digit, a dot or an "@" after it."""
    return (start > 0 and (text[start - 1].isalnum() or text[start - 1] == ".")) or (
        end < len(text) and (text[end].isalnum() or text[end] in ".@")
    )


def _stranger_before_surname(
    text: str, first: Word, second: Word, gap: str, data: NameData, prose: bool
) -> bool:
    """A user name of a given name no list holds and a listed surname, in lower
    case, joined by "." (or, in an identifier, "_" or "-"): "bineta.diallo",
    "nadeesha_perera", "issouf-ouedraogo". The surname barely a word in any
    language and no place nor given name, of five letters or more (six after a
    dot); the given name no word of any language nor a town's, with a name's
    vowels; neither glued to more letters."""
    given, surname = first[2], second[2]
    start, end = first[0], second[1]
    # (set lookups first: nearly every pair fails one)
    return (
        surname in data.family
        # (a given name too is a town's or a saint's as often: "tingo-maria")
        and surname not in data.given
        and given not in data.given
        and gap in _USER_NAME_JOINS
        and (gap == "." or not prose)
        # (after a dot, a method's name is as often a surname: "ndarray.ravel")
        and len(surname) >= (6 if gap == "." else 5)
        and len(given) >= 4
        # a word said twice is a word of its language: "berpetak-petak"
        and surname not in given
        and text[start:end].islower()
        and data.word_score(surname) <= GLUED_MAX_WORDINESS
        and surname not in data.places
        and _folded_back(surname) not in data.places  # "aarhus"
        and surname not in foreign_words()
        and given.isalpha()
        and _vowels(given) >= 2
        and _unknown_word(given, data)
        # (a German word with its umlauts written out: "aenderungen_loeschen")
        and _folded_back(given) not in foreign_words()
        and not compound_word(given, data)
        # a product's or a town's word first: "grafana-sanchez", "bouake-pilote"
        and given not in rare_english()
        and given not in towns()
        and surname not in towns()
        and not _glued_on(text, start, end)
    )


# A word in an identifier that says whose the next piece is: "by" in the
# languages the prose cues know, a role's word, or a folder that holds one
# person's files ("ev_sessions_by_sghebremedhin", "owner:kyawzinhtet",
# "revisado_por_waman_ibanez_quispe", "s3://b/users/viyer/", "sandbox-jean.mbengue",
# "s3://b/agents/snalwanga/", "outgrowers/bmushi/", "socios/egayle/#"; not
# "agent-" alone, before as many words of its trade, "agent-wakala"; nor
# "drivers/", which holds a device's drivers as often).
# A folder's word that is also a resource's ("users-schema", "home-decor") is
# a cue only before a path's slash ("/", or Windows' backslash: C:\Users\kzielinska).
# A Windows domain in capitals before its account's name: CORP\mkowalski.
_HANDLE_CUES = (
    r"(?:by|por|par|von|door|przez|owner|reviewer|approver|requester|assignee)[_\-=:/]"
    r"|(?:sandbox|scratch|adhoc|ad-hoc|personal|laptop)[_\-/]"
    r"|(?:users?|home|drafts|uploads|manual|agents|farmers|outgrowers|growers|customers|clientes"
    r"|members|socios|staff|employees|riders|couriers|patients|students|workers|people)[/\\]"
)
_CUED_HANDLE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:(?i:{_HANDLE_CUES})"
    # a Windows domain's account in lower case: "CORP\mkowalski" (not an
    # escape before capitals, "DESC\nLIMIT 10")
    r"|\p{Lu}{2,15}\\(?=\p{Ll}[\p{Ll}\p{N}._\-]*(?![\p{L}\p{N}])))"
    # up to four words joined by "." "_" "-", or by a space between capitalized
    # words ("approver:Daniyar Zhumabekov")
    r"(?P<handle>\p{L}[\p{L}\p{M}]*(?:(?:[._\-]|(?<=\p{Ll}) (?=\p{Lu}\p{Ll}))"
    r"\p{L}[\p{L}\p{M}]*){0,3})(?![\p{L}\p{M}\p{N}])"
)
# A person's own machine after its owner's handle: "client/awhite-laptop",
# "thing/viyer-devkit", "from_CheaSopheap_laptop". The handle is read back from
# the device's word, up to the first word that is no name ("debug-modise-kabelo-laptop").
# (a handle's words: up to four joined by "." "_" "-")
_JOINED_WORDS = r"(?P<handle>\p{L}[\p{L}\p{M}]*(?:[._\-]\p{L}[\p{L}\p{M}]*){0,3})"
_DEVICE_HANDLE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){_JOINED_WORDS}"
    r"[_\-](?i:laptop|notebook|macbook|workstation|desktop|devkit)(?![\p{L}\p{M}])"
)
# A data-subject request's word in a path (erasure, deletion, the privacy laws
# that grant it; nouns only: code's "erase_typevars" is a verb's): the files
# after it are named after the person.
_ERASURE_WORDS = frozenset(
    "erasure erasures suppression suppressions supresion borrado deletion deletions dsr dsar"
    " rgpd gdpr popia pdpa lgpd ccpa arco olvido".split()
)
_ERASURE_ALTERNATIVES = "|".join(sorted(_ERASURE_WORDS | {"supresión"}))
_ERASURE_CUE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{_ERASURE_ALTERNATIVES})(?![\p{{L}}\p{{M}}])(?=[^\s\"']*[/_\-])"
)
_FILE_TYPE = regex.compile(r"\.[A-Za-z0-9]{1,5}$")
# Whom a resource is for, in an identifier, in English, Spanish and Portuguese,
# German and French: "fc_for_joost_garage", "exports/para_killa_condori/".
_FOR_HANDLE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?i:for|para|fuer|für|pour)[_\-]{_JOINED_WORDS}(?![\p{{L}}\p{{M}}])"
)
# The literal words of the patterns above, looked for first in the lower-cased
# text: the standard library's engine finds them case-sensitively at a
# fraction of the patterns' cost (and a sixth of its own, ignoring case). A
# backslash stands for a Windows domain's account.
_HANDLE_HINT = re.compile(
    "|".join(
        [
            _HANDLE_CUES,
            r"\\",
            "laptop|notebook|macbook|workstation|desktop|devkit",
            _ERASURE_ALTERNATIVES,
            "for[_-]|para[_-]|fuer[_-]|für[_-]|pour[_-]",
        ]
    )
)
# Where a path ends: a space, a quote, a bracket or what code sets off with.
_PATH_END = regex.compile(r"[\s\"'`()\[\]{}<>,;=]")
# A run of up to four words joined by "." "_" "-" standing alone.
_HANDLE_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_JOINED_WORDS}(?![\p{{L}}\p{{M}}])")
_HANDLE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
MAX_HANDLE_SYLLABLE = 3  # letters: "an" of "nguyen.an", "min" of "aung_myo_min"


def _cued_handles(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A person's handle after a word in an identifier that says whose it is
    (see ``_CUED_HANDLE``): its words up to the first that is a word or a
    place no list names, in camel case read apart ("BiretMarjaEira"). One
    word alone must be a listed name barely a word, or five letters or more
    with two vowels that no dictionary (nor English's rarest words),
    gazetteer (nor a town of one word) or list of another language's words
    holds, nor words run together ("sagemaker", "cliuser"); or an initial
    glued to a listed surname ("viyer"). Several must name a person as a
    handle's words do, one a listed name or such a word ("Li_Juan",
    "kyaw_zin_htet"; not "MyDemoUser", "created_by=terraform")."""
    if _HANDLE_HINT.search(text.lower()) is None:
        return  # most texts: no word that says whose a handle is
    for match in bounded.finditer(_CUED_HANDLE, text):
        yield from _handle_from(_handle_words(match), data)
    for match in bounded.finditer(_DEVICE_HANDLE, text):
        # read back from the device's word, then in the text's order again
        yield from _handle_from(_handle_words(match)[::-1], data, backward=True)
    for cue in bounded.finditer(_ERASURE_CUE, text):
        yield from _erased_handles(text, cue.end(), data)
    for match in bounded.finditer(_FOR_HANDLE, text):
        # "for" joins code's words as often ("na_value_for_dtype", "path_for_link"):
        # a listed name barely a word among the handle's, and no place's
        # ("flag_for_hong_kong")
        words = _handle_words(match)
        folded = [w for _, _, w in words]
        if " ".join(folded) not in data.places and any(
            len(w) >= 3
            and w in data.usable
            and w not in data.places
            and data.word_score(w) <= GLUED_MAX_WORDINESS
            # (wordiness is low for words every language borrows: "link", "stencil")
            and (w in data.popular or not data.is_english(w))
            for w in folded
        ):
            yield from _handle_from(words, data)


def _erased_handles(text: str, start: int, data: NameData) -> Iterator[tuple[int, int, float]]:
    """The handles in a path after a data-subject request's word, up to the
    path's end: the file or folder of one person's erasure is named after them
    ("rgpd/suppressions/2024-12/ibrahima_mbodj_22177.csv",
    "popia-erasure/POPIA-2024-6251_lesiba_masilo.csv"); the request's own words
    and acronyms before the name ("solicitud_ARCO_") are no part of it."""
    end = _PATH_END.search(text, start)
    # (the file's type is no part of a name: "lesiba_masilo.csv")
    path = _FILE_TYPE.sub("", text[start : end.start() if end else len(text)])
    for run in bounded.finditer(_HANDLE_RUN, path):
        words = [(a + start, b + start, w) for a, b, w in _handle_words(run)]
        while words and (
            words[0][2] in foreign_words()
            or text[words[0][0] : words[0][1]].isupper()
            or words[0][2] in _ERASURE_WORDS
        ):
            words.pop(0)
        yield from _handle_from(words, data)


def _handle_words(match: regex.Match[str]) -> list[Word]:
    """The words of a cued handle, camel case read apart ("BiretMarjaEira")."""
    words: list[Word] = []
    for piece in _HANDLE_WORD.finditer(match.group("handle")):
        start = match.start("handle") + piece.start()
        camel = list(_CAPITALIZED_WORD.finditer(piece.group()))
        if len(camel) >= 2 and "".join(c.group() for c in camel) == piece.group():
            words.extend((start + c.start(), start + c.end(), fold(c.group())) for c in camel)
        else:
            words.append((start, start + len(piece.group()), fold(piece.group())))
    return words


def _handle_from(
    words: list[Word], data: NameData, *, backward: bool = False
) -> Iterator[tuple[int, int, float]]:
    """The handle among ``words``, read from the cue's side (see ``_cued_handles``);
    ``backward``: the words run from the cue back to the text's start."""
    taken: list[Word] = []
    for word in words:
        w = word[2]
        if taken and len(w) <= MAX_HANDLE_SYLLABLE:
            taken.append(word)
        elif data.word_score(w) >= MIN_WORD or (w in data.places and w not in data.usable):
            break  # "Hiranya_Kalita_upload": the name ends at a word
        else:
            taken.append(word)
    if not taken:
        return
    if backward:
        taken.reverse()
    # (short pieces after the first say little either way: "an" of "nguyen.an")
    found = [taken[0][2], *(w for _, _, w in taken[1:] if len(w) > MAX_HANDLE_SYLLABLE)]
    if (
        handle_word(found[0], data)
        if len(found) == 1
        else words_name_a_person(found, data)
        and any((len(w) >= 3 and w in data.usable) or handle_word(w, data) for w in found)
    ):
        yield taken[0][0], taken[-1][1], THRESHOLD


def handle_word(word: str, data: NameData) -> bool:
    """One word of a cued handle that names a person (see ``_cued_handles``)."""
    if word in data.places or word in data.glued_words or word in foreign_words():
        return False
    if word in data.given or word in data.family:
        # as little a word as a glued name ("nguyen", "kasun"; not "picker")
        return len(word) >= 4 and data.word_score(word) <= GLUED_MAX_WORDINESS
    if data.is_english(word) or word in towns():  # "owned-by-hsinchu"
        return False
    if len(word) >= 5 and _vowels(word) >= 2:
        return not (
            word in rare_english()  # "user/introspect", "by-grafana"
            or compound_word(word, data)
            or foreign_compound(word, data)
            or _ends_in_word(word, data)
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


def _ends_in_word(word: str, data: NameData) -> bool:
    """Whether ``word`` is something run together with an English word of four
    letters or more that is more a word than a name ("cliuser", "sagemaker")."""
    return any(
        data.is_english(word[k:])
        and word[k:] not in data.usable
        and data.word_score(word[k:]) >= MIN_WORD
        for k in range(3, len(word) - 3)
    )


# A chat handle mentioned with its "@": two or three words joined by "." or
# "_" ("@pacha.ramos", "@illari_ccori"), not an address's local part nor a
# package's scope ("@aws-cdk/core").
_AT_HANDLE = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}._%+\-@/])@(?P<handle>\p{Ll}+(?:[._]\p{Ll}+){1,2})"
    r"(?![\p{L}\p{M}\p{N}@/]|[._\-][\p{L}\p{N}])"
)


# A handle of one word mentioned with its "@" ("@imogent can you rotate",
# "aprobados por @tpereiradasilva"), not code's: no decorator's call or
# subscript after it, no quote, brace or backtick around it ("{@link ...}",
# "`@argmap(...)`", '"@tokenizers": ...'), no setting ("@batchers = ...").
_AT_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}._%+\-@/\\{`\"'])@(?P<handle>\p{Ll}[\p{Ll}\p{M}]{3,})"
    r"(?![\p{L}\p{M}\p{N}@/(\[{`\"'=]|[._\-][\p{L}\p{N}]| *=)"
)


def _at_handles(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A handle after "@" whose words are no ordinary English words, one of
    three letters or more, and one a listed name or every one unknown to
    English ("@pacha.ramos", "@illari.ccori"; not code's "@app.route",
    "@pytest.fixture"). One word alone must be no English word and name a
    person as a cued handle's word does (``handle_word``): "@shuarachio",
    not "@echo off", "@media", "@timeit" on a decorator's line."""
    for match in bounded.finditer(_AT_HANDLE, text):
        words = [fold(w) for w in regex.split(r"[._]", match.group("handle"))]
        if _handle_names(words, data):
            yield match.start(), match.end(), THRESHOLD
    for match in bounded.finditer(_AT_WORD, text):
        if not _decorator_line(text, match.start(), match.end()) and _handle_names(
            [fold(match.group("handle"))], data
        ):
            yield match.start(), match.end(), THRESHOLD


def _handle_names(words: list[str], data: NameData) -> bool:
    """Whether a handle's words name a person: several, one of three letters
    or more, as a local part's do (``words_name_a_person``); or one, no
    English word, as a cued handle's word does (``handle_word``)."""
    if len(words) > 1:
        return max(len(w) for w in words) >= 3 and words_name_a_person(
            words, data, listed_letters=3
        )
    return not data.is_english(words[0]) and handle_word(words[0], data)


# A chat log's speaker, its nick in angle brackets at a line's start before
# what it said, perhaps after a time: "<deshawnw> @katarzyna can you rotate",
# "[09:14] <siobhan-nibhriain> done".
_CHAT_NICK = regex.compile(
    r"(?m)^[ \t]*(?:\[[0-9:.\- ]{4,20}\][ \t]*)?"
    r"<(?P<nick>\p{Ll}+(?:[._\-]\p{Ll}+){0,2})>[ \t]+(?=\S)"
)


def _chat_nicks(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A chat log's speaker (see ``_CHAT_NICK``) whose nick names a person as a
    handle after "@" does: not a placeholder's or a tag's word ("<redacted>
    value", "<table> rows"), which is an English word."""
    for match in bounded.finditer(_CHAT_NICK, text):
        words = [fold(w) for w in regex.split(r"[._\-]", match.group("nick"))]
        if _handle_names(words, data):
            yield match.start("nick"), match.end("nick"), THRESHOLD


def _decorator_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone on a line that more lines follow,
    as code's decorator does ("@cacheit\ndef f(): ..."), or in a run of
    "@" words, as a language's macros do ("@appdatadir @autoitexe")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    alone = line_end >= 0 and not text[line_start:start].strip() and not text[end:line_end].strip()
    return alone or bool(
        _MACRO_BEFORE.search(text, line_start, start) or _MACRO_AFTER.match(text, end)
    )


_MACRO_BEFORE = regex.compile(r"@\p{L}+\s*$")
_MACRO_AFTER = regex.compile(r"\s*@\p{L}")


def words_name_a_person(words: list[str], data: NameData, *, listed_letters: int = 1) -> bool:
    """Whether the words of a handle or an address's local part name a person:
    none an ordinary English word, and one a listed name (of ``listed_letters``
    or more) or none known to English ("pacha.ramos", "illari.ccori"; not
    "app.route", "sales.team")."""
    return all(data.word_score(w) < MIN_WORD for w in words) and (
        any(len(w) >= listed_letters and w in data.usable for w in words)
        or not any(data.is_english(w) for w in words)
    )


def _pairs_over_particles(text: str, words: list[Word]) -> Iterator[tuple[Word, Word, str]]:
    """Each word, the next and what joins them; over a surname's particle
    joined on both sides by the same mark, the word after it
    ("zainab_al_khafaji": zainab, khafaji, "_")."""
    for k, (first, second) in enumerate(itertools.pairwise(words)):
        gap = text[first[1] : second[0]]
        yield first, second, gap
        if (
            second[2] in PARTICLES
            and gap in ("_", "-", ".")
            and k + 2 < len(words)
            and text[second[1] : words[k + 2][0]] == gap
        ):
            if not _glued_street(words[k + 2][2]):  # "johan-de-wittlaan": a street
                yield first, words[k + 2], gap


def _glued_street(word: str) -> bool:
    """A word ending in a street type of four letters or more ("wittlaan",
    "vasastrasse"): a street named after someone, written as one word."""
    return word.endswith(_LONG_STREET_TYPES)


_LONG_STREET_TYPES = tuple(t for t in STREET_TYPES if len(t) >= 4)
# The street types their languages write glued to the name ("Calandlaan",
# "Drottninggatan"); English writes them apart ("Southgate" is a surname).
_GLUED_STREET_TYPES = tuple(
    "laan straat strasse gasse allee platz gatan vagen vegen veien vejen plads torget katu".split()
)


def _word_and_place(text: str, name: tuple[int, int, float], data: NameData) -> bool:
    """Two lower-case words an identifier joins ("spa-palermo", "sims_basel",
    "reefer-telemetry"): one of English's commonest words that is no popular
    name, and another such word or a place, name a thing, not a person."""
    words = _JOINED_PAIR.fullmatch(text, name[0], name[1])
    if words is None:
        return False
    pair = (words.group("first"), words.group("second"))
    if any(w in data.popular for w in pair):
        return False
    plain = [_word_more_than_name(w, data) for w in pair]
    placed = [w in data.places for w in pair]
    return (plain[0] and (plain[1] or placed[1])) or (plain[1] and placed[0])


_JOINED_PAIR = regex.compile(r"(?P<first>[a-z]+)[-_](?P<second>[a-z]+)")


def _glued_names(
    text: str, words: list[Word], data: NameData, prose: bool
) -> Iterator[tuple[int, int, float]]:
    """A given name run into a surname in lower case, as user names are made
    ("danielharrington", "eszterfodor"): in an identifier, or joined to one in
    prose, not inside a blob of base64 or hex."""
    for start, end, word in words:
        written = text[start:end]
        if (
            len(word) < MIN_GLUED
            or not (written.isascii() and written.islower())  # not a transliteration
            or not _glued_full(word, data)
        ):
            continue
        run_start, run_end = start, end
        while run_start and text[run_start - 1].isalnum():
            run_start -= 1
        while run_end < len(text) and text[run_end].isalnum():
            run_end += 1
        run = text[run_start:run_end]
        if any(c.isdigit() for c in run) and any(c.isupper() for c in run):
            continue  # "Qx7danielharringtonZ": a blob, not a handle
        if prose and not _IDENTIFIER_JOINT.search(text[max(0, start - 1) : end + 1]):
            continue  # a word of prose alone: "indirizzo", "tageslicht"
        yield start, end, THRESHOLD


def _cued_user_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A user name in lower case after a word that says whose something is or
    whom it goes to, in prose ("owner rkilic", "reviewed by jsmith", "cc
    danielharrington"): an initial glued to a listed surname or a given name
    run into one, as in an identifier (:func:`glued_reading`), no English word."""
    for match in bounded.finditer(_CUED_USER_NAME, text):
        word = match.group("handle")
        if glued_reading(word, data) and not data.is_english(word):
            yield match.start("handle"), match.end("handle"), THRESHOLD


_CUED_USER_NAME = regex.compile(
    r"(?i:\b(?:owner|by|cc|contact|ping|ask|assignee|reviewer|approver|attn|to|from|with))"
    # (a full stop ends the sentence, not a domain's or a file's name)
    r" (?:now )?(?P<handle>[a-z]{4,24})(?![\p{L}\p{N}@\-_]|\.[\p{L}\p{N}])"
)


def glued_reading(word: str, data: NameData) -> bool:
    """Whether a lower-case token reads as an initial glued to a surname or a
    given name run into one (what ``glued_words`` must list for other languages)."""
    return _glued_full(word, data, veto=False) or (
        _glued_initial_surname(word, data) and not data.is_english(word)
    )


def _glued_full(word: str, data: NameData, *, veto: bool = True) -> bool:
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
        if (_glued_surname(surname, data) and (len(surname) >= 6 or surname in data.popular)) or (
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


def _glued_surname(word: str, data: NameData) -> bool:
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
        _glued_surname(word[:cut], data) and _glued_surname(word[cut:], data)
        for cut in range(4, len(word) - 3)
    )


def _handles(text: str, words: list[Word], data: NameData) -> Iterator[tuple[int, int, float]]:
    """A handle of a given name and a surname's initial ("supaporn-w",
    "saravanan_s"): a listed given name of five letters or more, barely a word
    and no place, then "-", "_" or "." and one letter ending the token."""
    for k, (first, second) in enumerate(itertools.pairwise(words)):
        given = first[2]
        if (
            len(second[2]) != 1
            or len(given) < 5
            or text[first[1] : second[0]] not in ("-", "_", ".")
        ):
            continue
        if k and _leading_street_type(text, words, k - 1):
            continue  # "rue-mohammed-v": a street named for a king
        start, end = first[0], second[1]
        if (start and (text[start - 1].isalnum())) or (end < len(text) and text[end].isalnum()):
            continue
        if (
            given in data.given
            and data.name_wordiness(given) <= GLUED_MAX_WORDINESS
            and given not in data.places
            and text[start].islower() == text[second[0]].islower()
        ):
            yield start, end, THRESHOLD


def _surname_initials(
    text: str, words: list[Word], data: NameData, prose: bool
) -> Iterator[tuple[int, int, float]]:
    """A surname and the initial of a given name after it, as rosters and user
    names write them: "kovalev_d", "beridze.n", "AliyevaG" in an identifier,
    "Lebedeva O." in prose (the full stop is the initial's). The surname is
    shaped as its language's surnames are, or listed and barely a word; in an
    identifier a clear given name may take the initial too ("BakytA")."""
    if all(w[1] - w[0] != 1 for w in words):
        return  # no initial anywhere
    for k, (first, second) in enumerate(itertools.pairwise(words)):
        if second[1] - second[0] != 1 or first[1] - first[0] < 4:
            continue
        start, end, gap = first[0], second[1], text[first[1] : second[0]]
        if start and text[start - 1].isalnum():
            continue
        name = first[2]
        surname = data.surname_shaped(name) or (
            name in data.family
            and name not in data.census_only
            and 1.0 - data.name_wordiness(name) >= CLEAR_GIVEN
        )
        if prose and gap not in ("_", ""):
            # After a word announcing a person, a surname the census's tail lists
            # will do too ("Sahibi: Demirci A.").
            surname = surname or (
                name in data.census_only
                and text[start].isupper()
                and 1.0 - data.name_wordiness(name) >= CLEAR_GIVEN
                and _announced(text, start)
            )
            if (
                surname
                and gap == " "
                and text.startswith(".", end)
                and not _lower_cased(text, second)
                and not _lower_cased(text, first)
            ):
                # The patronymic's initial too, as Russian writes names: "Lebedev S.P."
                patronymic = _PATRONYMIC_INITIAL.match(text, end + 1)
                stop = end + 1 if patronymic is None else patronymic.end()
                if (
                    (stop == len(text) or not text[stop].isalnum())
                    # Not a given name and a middle initial: "John F. Kennedy".
                    and _CAPITALIZED_NEXT.match(text, stop) is None
                ):
                    yield start, stop, THRESHOLD
            continue
        if k and _leading_street_type(text, words, k - 1):
            continue  # "rue-mohammed-v": a street named for a king
        if end < len(text) and text[end].isalnum():
            continue
        if gap in ("_", ".", "-") and text[start].islower() == text[second[0]].islower():
            pass  # "kovalev_d", "Beridze-N"
        elif gap == "" and text[start].isupper() and text[second[0]].isupper():
            surname = surname or _clear_given(name, data)  # "AliyevaG", "BakytA"
        else:
            continue
        if surname and name not in data.places:
            yield start, end, THRESHOLD


def _given_and_initial(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A clear given name and a surname's initial, as people shorten names in
    notes ("Marcus O.", "Yuliana P."): the given name listed, barely a word and
    no place."""
    for match in bounded.finditer(_GIVEN_INITIAL, text):
        if _clear_given(fold(match.group("name")), data):
            yield match.start(), match.end(), 1.0


def _surname_and_initials(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A surname, a comma and initials ("Smith, J.", "SALAZAR-GUTIÉRREZ, G."):
    a listed surname that is barely a word and no place (one of a hyphenated
    pair; "Mc"/"Mac" before it), the other no English word."""
    for match in bounded.finditer(_SURNAME_COMMA_INITIAL, text):
        parts = [fold(p) for p in match.group("surname").split("-")]
        if any(_clear_surname(p, data) for p in parts) and all(
            _clear_surname(p, data) or not data.is_english(p) for p in parts
        ):
            yield match.start(), match.end(), 1.0


def _clear_surname(word: str, data: NameData) -> bool:
    """A listed surname ("Mc"/"Mac" before it too) that is barely a word, no place."""
    for bare in (word, word.removeprefix("mc"), word.removeprefix("mac")):
        if (
            len(bare) >= 3
            and bare in data.family
            and bare not in data.census_only  # the census's tail: beside a given name only
            and data.name_wordiness(bare) < _WORDY_SURNAME
            and bare not in data.places
        ):
            return True
    return False


_WORDY_SURNAME = 0.5  # "Smith" (a common name, half its wordiness counted); not "London"


def _initial_and_given(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """The initial of the father's or the family's name before a clear given
    name, as South India writes names ("franchisee P. Sowmya", "K. Ramesh"):
    not after a capitalized word, where the letter ends a name of its own
    ("Plan B. Sarah")."""
    if ". " not in text:
        return
    for match in bounded.finditer(_INITIAL_GIVEN, text):
        before = text[: match.start()].rstrip()
        last = before.rsplit(None, 1)[-1] if before else ""
        if last[:1].isupper() and not _CUES.search(text, 0, match.start()):
            continue
        if _clear_given(fold(match.group("name")), data):
            yield match.start(), match.end(), 1.0


def _caseless_named(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """One or two words of a script without capitals just after a word that
    announces a person: a name where the announcing word is written in another
    script ("reported by พรทิพย์", "رابطہ: อนุชา"), or, in the same script,
    where a list holds the first word as a given name or the last as a surname."""
    if text.isascii():
        return
    hangul = _HANGUL.search(text) is not None
    if not hangul and _CASELESS_LETTER.search(text) is None:
        return
    for match in bounded.finditer(_NAMED_AFTER, text):
        start = match.end("short") if match.group("short") else match.start("name")
        name = text[start : match.end("name")]
        if hangul and _korean_full_name(name.split(" ")[0], data):
            yield start, start + len(name.split(" ")[0]), 1.0
            continue
        found = _caseless_script_at(text, start)
        if found is None:
            continue
        script, letter = found
        words = name.split(" ")
        if len(words) == 2 and not script.fullmatch(words[1]):
            words = words[:1]  # "พรทิพย์ will approve": the name ends with its script
        if not _caseless_name(words, script):
            continue
        listed = words[0].lower() in data.native_given or (words[-1].lower() in data.native_family)
        if letter.search(match.group("cue")) is not None and not listed:
            continue  # "ติดต่อ: ฝ่ายบริการลูกค้า" (contact: customer service) names no one
        end = start + len(" ".join(words))
        third = _NEXT_CASELESS_WORD.match(text, end) if len(words) == 2 else None
        if (
            third is not None
            and script.fullmatch(third.group("word")) is not None
            and len(third.group("word")) <= MAX_CASELESS_WORD
            and _three_named([*words, third.group("word")], letter)
        ):
            end = third.end()  # "فاطمة علي ورسمه": a third name, never left beside two
        yield start, end, 1.0


MAX_CASELESS_NAME_WORDS = 4  # "محمد بن سلمان آل سعود": a chain of fathers' names


# Lao and Khmer run a sentence's words together and space its phrases, but
# write a person's given name and surname apart: two such runs, short as names
# are, the only words of the script in a text in Latin letters, are a name
# ("Freezer 4 (ສຸກສະຫວັນ ພົມມະຈັນ's section)"), where no list of the
# languages' words would tell them from a phrase. A text written in the
# language has more of its words; alone, two of them are as often a UI's
# label ("ໂຄງການ ກະໂນມ", the GNOME project): measured on GNOME's, Django's and
# CLDR's Lao and Khmer, 3 of 2,431 strings with Latin words beside them.
_SPACED_SCRIPTS = tuple(
    regex.compile(rf"(?:(?=\p{{{script}}})[\p{{L}}\p{{M}}]|\u200b)+") for script in ("Lao", "Khmer")
)
_SPACED_WORD = regex.compile(r"[\p{L}\p{M}]{2,12}")
_SPACED_HINT = regex.compile(r"[\p{Lao}\p{Khmer}]")
_LATIN_WORD = regex.compile(r"\p{Latin}{3}")


def _spaced_names(text: str) -> Iterator[tuple[int, int, float]]:
    if _SPACED_HINT.search(text) is None or _LATIN_WORD.search(text) is None:
        return  # (a text in the language alone, or a value of two such words, tells nothing)
    for script in _SPACED_SCRIPTS:
        runs = bounded.finditer(script, text)
        if (
            len(runs) == 2
            and text[runs[0].end() : runs[1].start()] == " "
            and all(_SPACED_WORD.fullmatch(run.group()) for run in runs)
        ):
            yield runs[0].start(), runs[1].end(), 1.0


def _caseless_start(text: str, start: int, end: int) -> int:
    """The start of a name in a script without capitals whose language's
    common words are held, over the words of that script before it that are
    none, where the run of the script begins with them (see
    :func:`_caseless_rest`): "owner/ রফিকুল মোহাম্মদ ইসলাম", whose given name
    no list holds, never left beside the rest."""
    return _caseless_edge(text, start, end, start, _previous_caseless_word)


def _caseless_rest(text: str, start: int, end: int) -> int:
    """The end of a name in a script without capitals whose language's common
    words are held, over the words of that script after it that are none, where
    the run of the script ends with them: a father's and a grandfather's names
    follow one's own, an island of the script in a text of another ("masuul:
    Marwo فاطمة علي ورسمه tel ..."), never left beside it. Not inside a text of
    that script, where the words after a name are the sentence's ("نجيب محفوظ
    مؤلف", Naguib Mahfouz, author), nor over a common word ("... في المكتب")."""
    return _caseless_edge(text, start, end, end, _next_caseless_word)


def _caseless_edge(
    text: str,
    start: int,
    end: int,
    edge: int,
    step: Callable[[str, int], tuple[str, int] | None],
) -> int:
    """``edge`` (the name's start or end) moved by ``step`` over the words of
    the name's script that are none of its language's common words, up to
    :data:`MAX_CASELESS_NAME_WORDS` words in all, where the run of the script
    stops with them; ``edge`` unmoved where it goes on (a sentence's words)."""
    inside = edge if edge == start else edge - 1
    if end == start or text[inside].isascii():
        return edge
    found = _caseless_script_at(text, inside)
    if found is None or found[1].pattern not in _COMMON_WORDS_HELD:
        return edge
    script, common = found[0], caseless_words()
    moved, words = edge, text[start:end].count(" ") + 1
    while (word := step(text, moved)) is not None and script.fullmatch(word[0]) is not None:
        if (
            words >= MAX_CASELESS_NAME_WORDS
            or len(word[0]) > MAX_CASELESS_WORD
            or word[0] in common
        ):
            return edge  # the script's text goes on: a sentence's words
        moved, words = word[1], words + 1
    return moved


def _next_caseless_word(text: str, at: int) -> tuple[str, int] | None:
    """The word after a space at ``at``, and its end."""
    word = _NEXT_CASELESS_WORD.match(text, at)
    return None if word is None else (word.group("word"), word.end())


def _previous_caseless_word(text: str, at: int) -> tuple[str, int] | None:
    """The word before a space ending at ``at``, and its start."""
    word = _PREVIOUS_CASELESS_WORD.search(text, max(0, at - MAX_CASELESS_WORD - 1), at)
    return None if word is None else (word.group("word"), word.start())


_PREVIOUS_CASELESS_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\u200c\u200d])(?P<word>[\p{L}\p{M}\u200c\u200d]+) $"
)


def _korean_full_name(word: str, data: NameData) -> bool:
    """Three Hangul syllables, the first a listed surname: a Korean's full name
    ("오세린"); given names are an open class the lists barely hold. Not four
    ("고객센터", customer service, though 고 is a surname too)."""
    return _KOREAN_FULL_NAME.fullmatch(word) is not None and word[0] in data.native_family


def _caseless_name(words: list[str], script: regex.Pattern[str]) -> bool:
    """One or two words of a script without capitals that may be a name: of
    that script, not too long, and the first no common word of its language
    ("contact: مرکز پشتیبانی" (support centre), "צוות התמיכה" (support team))."""
    return (
        script.fullmatch(words[0]) is not None
        and not any(len(word) > MAX_CASELESS_WORD for word in words)
        and words[0] not in caseless_words()
    )


def caseless_value_name(value: str) -> bool:
    """Whether a whole value is a name written in a script without capitals
    (see :func:`_caseless_name`): under a person's key written in another
    script, as after a word announcing a person there. Up to two words, or
    three (see :func:`_three_named`); one word after initials of the script
    ("ம. அறிவழகன்"), or alone where the script spaces its words and its
    language's common words are held ("கயல்விழி"); else one word only short:
    Thai runs words together ("แนน"; not "ฝ่ายบริการลูกค้า", customer service)."""
    rest = _CASELESS_INITIALS.sub("", value, count=1)
    words = rest.split(" ")
    found = _caseless_script_at(rest, 0)
    if found is None or len(words) > 3:
        return False
    if (
        len(words) == 1
        and rest == value
        and found[1].pattern not in _COMMON_WORDS_HELD
        and len(value) > MAX_CASELESS_ALONE
        and not burmese_name_length(value)
    ):
        return False
    return all(found[0].fullmatch(word) for word in words) and (
        _caseless_name(words, found[0]) and (len(words) < 3 or _three_named(words, found[1]))
    )


def _three_named(words: list[str], letter: regex.Pattern[str]) -> bool:
    """Three words of a script without capitals are a name ("ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ")
    where none is a common word of the languages whose common words we hold,
    and only those: in Thai "ห้องเย็น หมายเลข แปด" (cold room number eight)
    reads as well, and its common words are not held."""
    common = caseless_words()
    return letter.pattern in _COMMON_WORDS_HELD and not any(word in common for word in words)


# Scripts of the languages whose common words are held (CASELESS_LANGUAGES).
_COMMON_WORDS_HELD = frozenset(
    rf"\p{{{s}}}" for s in "Arabic Hebrew Devanagari Bengali Tamil".split()
)
# A Burmese syllable's first letter: a consonant or an independent vowel that
# no asat (U+103A, after a dot below) kills and no virama stacks under another.
_BURMESE_SYLLABLE = regex.compile(
    r"(?<!\u1039)[\u1000-\u102A\u103F\u104C-\u104F](?!\u1037?\u103A|\u1039)"
)
_MYANMAR_WORD = regex.compile(r"[\p{Myanmar}\u200c\u200d]+")
# Burmese titles written before the name, run together with it: U, Daw, Ko,
# Maung, Saya, Sayama, Doctor (a closed class, as Thai's).
BURMESE_TITLES = ("ဦး", "ဒေါ်", "ကို", "မောင်", "ဆရာမ", "ဆရာ", "ဒေါက်တာ")
MAX_BURMESE_SYLLABLES = 4  # "ဇော်မင်းထွန်း" (Zaw Min Htun) three; a title one more


def burmese_name_length(value: str) -> bool:
    """Whether one word of Burmese is as long as a name may be: Burmese names
    have no surname and are written as one run of two to four syllables
    ("အောင်ကျော်", "ဇော်မင်းထွန်း"), a title before them perhaps
    ("ဦးအောင်ကျော်"), where the Thai rule's nickname length would refuse them."""
    if _MYANMAR_WORD.fullmatch(value) is None:
        return False
    syllables = len(_BURMESE_SYLLABLE.findall(value))
    return 2 <= syllables <= MAX_BURMESE_SYLLABLES + value.startswith(BURMESE_TITLES)


# Initials before a name in a script without capitals: "ம. ", "W.A. ".
_CASELESS_INITIALS = regex.compile(r"^(?:\p{L}\p{M}*\. ?){1,3}(?=\p{L})")


def _upper_surname_first(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A roster's "SURNAMES, GIVEN" with the surnames in capitals ("CABRERA DEL
    PINO, ALVARO", "ARANGO ZULUAGA, Luis Fernando"): a clear given name after
    the comma, and a listed or surname-shaped word before it, none of them
    mostly an English word
    ("SMITH, JOHN"; not "WARN, ERROR")."""
    if ", " not in text:
        return  # cheaper than the pattern: most texts hold no comma
    for match in bounded.finditer(_UPPER_SURNAME_FIRST, text):
        surnames = [fold(w) for w in match.group("surnames").replace("-", " ").split()]
        given = fold(match.group("given").split()[0])
        if (
            _clear_given(given, data)
            and any(data.is_surname(w) and w not in data.census_only for w in surnames)
            and not any(data.name_wordiness(w) >= CLEAR_GIVEN for w in surnames)
        ):
            yield match.start(), match.end(), THRESHOLD


def _titled_surnames(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A surname alone after a title ("Mrs. Okafor's bakery", "ask Dr. Tanaka"):
    a listed surname, or a capitalized word that is no English word."""
    for match in bounded.finditer(_TITLED, text):
        word = fold(match.group("name"))
        if len(word) >= 3 and (word in data.family or not data.is_english(word)):
            yield match.start("name"), match.end("name"), 1.0
    # These honorifics come before a given name as often ("Pak Joko", "Kuya
    # Jun", "Mbak Sari"): a listed one too, where it is barely a word. The
    # name goes on over the capitalized words after it that are names or no
    # English word ("Xaaji Cabdi Maxamed Xasan"; "Mzee Athumani Jazz Lounge" is
    # Athumani's lounge).
    for match in bounded.finditer(_CAPITALIZED_TITLED, text):
        word = fold(match.group("name"))
        if len(word) >= 3 and (
            word in data.family
            or not data.is_english(word)
            or (word in data.given and data.word_score(word) < MIN_WORD)
            or (match.group("thai") is not None and word not in data.places)
        ):
            end = match.end("name")
            for _ in range(MAX_TITLED_WORDS - 1):
                more = _NEXT_CAPITALIZED.match(text, end)
                if more is None or not _titled_name_word(fold(more.group("word")), data):
                    break
                end = more.end()
            if fold(text[match.start() : end]) in data.places:
                continue  # "Nong Khai", "Nong Bua Lamphu": towns
            given = _COMMA_CAPITALIZED.match(text, end)
            if given is not None and _clear_given(fold(given.group("word")), data):
                end = given.end()  # a surname first, then the given name: "Mzee Lyimo, Elia"
            yield match.start("name"), end, 1.0


MAX_TITLED_WORDS = 4  # words of a name after an honorific: "Cabdi Maxamed Xasan"
_COMMA_CAPITALIZED = regex.compile(r", (?P<word>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}])")
_NEXT_CAPITALIZED = regex.compile(
    r" (?P<word>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}])"
)


def _titled_name_word(word: str, data: NameData) -> bool:
    """A word of a name after an honorific: no English word, or a listed name
    English uses no more than other languages do ("Kamau", "Bello"; not "Bar")."""
    return not data.is_english(word) or (
        (word in data.given or word in data.family) and data.word_score(word) == 0.0
    )


def _sea_titled(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A name after a romanized title of Myanmar or Laos ("Daw Khin Mar Aye"),
    its words up to one that is an English word of five letters or more ("Saw
    Kpaw Htoo Road" is the name, "Saw Mill Road" none). Not a place ("Sai
    Kung", "Da Nang")."""
    for match in bounded.finditer(_SEA_TITLED, text):
        words = match.group("name").split(" ")
        kept = 0
        for word in words:
            folded = fold(word)
            if len(folded) > MAX_SEA_WORD_LETTERS and data.word_score(folded) >= MIN_WORD:
                break
            kept += 1
        if kept == 0 or data.word_score(fold(words[0])) >= MIN_WORD:
            continue
        if match.group("title") == "Saw" and (
            kept < 2 or all(data.is_english(fold(word)) for word in words[:kept])
        ):
            continue  # "saw" is a tool too: "Table Saw Pro", "Saw Pro Max"
        named = " ".join(words[:kept])
        if fold(text[match.start() : match.start("name")] + named) in data.places:
            continue
        if any(fold(" ".join(words[: i + 1])) in data.places for i in range(kept)):
            continue
        part = fold(match.group("title").rstrip(".")) in _SEA_NAME_PARTS
        start = match.start() if part else match.start("name")
        # The title inside a longer name: the words before it are the name's
        # ("Venkata Naga Sai Srinivas Kothapalli"), up to a word or a place.
        while (before := _NAME_WORD_BEFORE.search(text, max(0, start - 24), start)) and (
            _unlisted_before(before.group("word"), data)
        ):
            start = before.start("word")
        yield start, match.start("name") + len(named), 1.0


_NAME_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?P<word>\p{Lu}[\p{Ll}\p{M}]+) $")


def _unlisted_before(word: str, data: NameData) -> bool:
    """A capitalized word before a name that is no word (of English or of the
    languages compared), no place and no title: part of the name."""
    folded = fold(word)
    return (
        data.word_score(folded) < MIN_WORD
        and folded not in data.places
        and folded not in foreign_words()
        and folded not in _TITLES
        and folded not in _CAPITALIZED_TITLES
        and folded not in _SEA_TITLES
        and not _particle(word)
    )


def _thai_titled(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Thai name after a title ("คุณสมชาย ใจดี", "นางสาวพรทิพย์"): a listed
    given name beginning the run after the title, or a whole word before a
    listed surname; the surname after it where listed, or where no common word
    begins it. Not where the title begins a dictionary word ("คุณภาพ",
    quality; "นายหน้า", broker): Thai writes its words together."""
    if "\u0e00" > max(text) or not any(title in text for title in THAI_TITLES):
        return
    words = caseless_words()
    for match in bounded.finditer(_THAI_TITLED, text):
        at = match.start()
        shortest = len(match.group("title")) + 1
        if _begins_word(text[at : at + MAX_THAI_WORD], words, shortest=shortest):
            continue
        run, family = match.group("given"), match.group("family")
        # (every look bounded by a word's length: a value may be one long run)
        given = next(
            (
                size
                for size in range(min(len(run), MAX_THAI_WORD), 1, -1)
                if run[:size] in data.native_given
            ),
            0,
        )
        if not given and not (family and family in data.native_family):
            continue
        rest = run[given:] if given else ""
        if rest and len(rest) <= MAX_THAI_WORD and not _begins_word(rest, words):
            given = len(run)  # "วิภาวดี" past the listed "วิภา": no word follows it
        end = match.start("given") + (given or len(run))
        if (
            family
            and (given in (0, len(run)))
            and (family in data.native_family or not _begins_word(family, words))
        ):
            end = match.end("family")
        yield match.start("given"), end, 1.0


def _begins_word(text: str, words: frozenset[str], *, shortest: int = 1) -> bool:
    """Whether a common word of ``shortest`` characters or more begins ``text``
    (Thai writes its words together)."""
    last = min(len(text), MAX_THAI_WORD)
    return any(text[:size] in words for size in range(shortest, last + 1))


def _addressed(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A given name alone after a word that addresses a person ("call Aisha
    via ...", "ask Aarti before changing", "Hi Sanjay,"): a listed given name,
    barely a word and no place, not the first of a longer capitalized run
    (the runs decide those). Or, after a cue other than a bare "by", a word
    no English word that names a person as a cued handle's word does
    (``handle_word``: "escalate to Suharti", "Twin owner: Sutrisno"), not
    the surname of a "Surname, Given" whose given name would be left beside it."""
    greeted = bounded.finditer(_GREETED, text) if _GREETING_HINT.search(text.lower()) else ()
    for match in itertools.chain(bounded.finditer(_ADDRESSED, text), greeted):
        # No town is asked, paged or thanked: "ping Gary", "ask Huy".
        spoken_to = (
            _SPOKEN_TO.search(text, max(0, match.start("name") - 12), match.start("name"))
            is not None
        )
        name = fold(match.group("name"))
        clear = _clear_given(name, data, town_ok=spoken_to) or (
            # (a bare "by" brings a brand as often: "delivered by Glovo")
            not _bare_by(text, match)
            and not data.is_english(name)
            and _COMMA_CAPITALIZED.match(text, match.end("name")) is None
            and handle_word(name, data)
        )
        if clear and not _brought_by(text, match):
            yield match.start("name"), match.end("name"), 1.0


# Words spoken to a person, never to a place.
_SPOKEN_TO = regex.compile(
    r"(?i)\b(?:ask|ping|page|tell|text|message|thanks?|dear|hi|hello|hey)\s+$"
)


# A given name alone beside a phone number, as contacts are jotted down
# ("Albert: +44 29 2018 0522", "Grzegorz on 0113 496 0429", "Lautaro +1 212
# 555 0169", "call 07700 900031 (Kayla)"): the number says the word is someone's.
# The number: seven to fifteen digits, led by "+", "(" or a trunk "0" or
# written in groups (a bare run is an id as often: "Mateo 4455667").
_PHONE_SHAPED = (
    r"(?:\+|\(|0)[0-9 ()./\-]{0,3}[0-9](?:[ ()./\-]{0,2}[0-9]){5,14}"
    r"|[0-9]{2,5}(?:[ ./\-][0-9]{2,5}){1,4}"
)
_BESIDE_PHONE = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_.@'\-])(?P<name>\p{Lu}[\p{Ll}\p{M}]{2,})"
    r"(?:\s*[:,\-\u2013]\s*|\s+(?i:(?:on|at|via)\s+(?:whatsapp|viber|signal|telegram|phone|mobile)"
    r"|on|at|au|tel\.?|ph\.?|mob\.?|cel\.?|cell|phone|whatsapp)"
    r"\s*:?\s*|\s*\(\s*|\s+)"
    rf"(?P<number>{_PHONE_SHAPED})(?![0-9])"
    rf"|(?<![0-9])(?P<number>{_PHONE_SHAPED})\s*\((?P<name>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{2,}})\)"
)
_DIGIT = regex.compile(r"[0-9]")
_LEADING_YEAR = regex.compile(r"(?:19|20)[0-9]{2}[ ./\-]")


def _beside_phone(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A given name standing for a person alone (see ``_clear_given``), or a
    word no list nor dictionary holds before a mobile's length of digits, just
    before a phone number or in brackets after one; not before a date, nor
    after a capitalized word (the last of a longer name, which the runs decide)."""
    for match in bounded.finditer(_BESIDE_PHONE, text):
        number = match.group("number")
        if len(_DIGIT.findall(number)) < MIN_PHONE_DIGITS or _LEADING_YEAR.match(number):
            continue
        if _CAPITALIZED_BEFORE.search(text, max(0, match.start("name") - 40), match.start("name")):
            continue
        name = fold(match.group("name"))
        # (a place no town's name is one a phone is seldom jotted beside: "Morag",
        # "Róisín"; a town's is an office's, "Paris +33 1 ...")
        if _clear_given(name, data, town_ok=name not in towns()) or (
            # ... or a word no list nor dictionary knows, as a cued handle's,
            # before a number as long as a mobile's ("Dhawura 07700 900841",
            # "prévenir Djibi au 70 48 36 71"; not "Kostenstelle 2635-570")
            len(_DIGIT.findall(number)) >= MIN_VOUCHING_DIGITS
            and name not in data.given
            and name not in data.family
            and handle_word(name, data)
        ):
            yield match.start("name"), match.end("name"), 1.0


MIN_PHONE_DIGITS = 7
_CAPITALIZED_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'\-]* $")


def _bare_by(text: str, match: regex.Match[str]) -> bool:
    """Whether the cue ``_ADDRESSED`` matched is "by" alone (or its word in
    another language, see :data:`_BARE_BY`), no verb before it."""
    cue = _CUE_WORD.match(text, match.start())
    return cue is not None and cue.group().lower() in _BARE_BY


_BARE_BY = frozenset("by af av door przez".split())
_CUE_WORD = regex.compile(r"\p{L}+")


def _brought_by(text: str, match: regex.Match[str]) -> bool:
    """A bare "by" after a word whose "by" brings a product, a cause or a
    column, not a maker ("powered by Alexa", "sorted by Grant")."""
    if not _bare_by(text, match):
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 24), match.start())
    return before is not None and before.group("word").lower() in _BY_THINGS


def _irish_surnames(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Gaelic surname with its particle apart ("S. Ó hAodha", "Caoimhe Nic
    Giolla Phádraig"); a capitalized word before an Irish "O'" surname ("Lachie O'Brien",
    "LIAM O'CONNELL"), or an Italian "D'" or "Dell'" one ("Carmelo D'Amico"),
    perhaps without its apostrophe ("Kevin OBrien"), a form only surnames
    take: a listed given name barely a word, or a word that is no English
    word and no place ("Chicago O'Hare")."""
    if not text.isascii() or " Nic " in text or " Mhic " in text:
        for match in bounded.finditer(_GAELIC_SURNAME, text):
            given = fold(match.group("given").rstrip("."))
            if len(given) == 1 or (given in data.given and given not in data.places):
                yield match.start(), match.end(), THRESHOLD
            elif not (data.is_english(given) or given in data.places or given in foreign_words()):
                # a given name no list holds; not a word of a place's or a house's
                # name ("Baile Uí Fhiacháin", a town; "Teach Uí Néill", a pub)
                yield match.start(), match.end(), THRESHOLD
    if "'" not in text and "\u2019" not in text and _DROPPED_HINT.search(text) is None:
        return  # cheaper than the pattern
    for match in bounded.finditer(_IRISH_SURNAME, text):
        given = fold(match.group("given"))
        if given in data.places or data.word_score(given) > GLUED_MAX_WORDINESS:
            continue
        if given in data.given or not data.is_english(given):
            yield match.start(), match.end(), THRESHOLD


def _east_asian_names(
    text: str, words: list[Word], present: set[str], data: NameData
) -> Iterator[tuple[int, int, float]]:
    """Vietnamese, Korean, Taiwanese, Hong Kong and mainland Chinese names in
    Latin letters (``present``: the text's words), read only where a word is
    one of their surnames, capitalized where it is also an English word ("An",
    "Do", "Song"; not "an example"): most texts hold none, and the patterns
    cost more than the lookups."""
    if not present.isdisjoint(data.pinyin_surnames):
        yield from _pinyin_names(text, words, data)
    found = present.intersection(_ASIAN_SURNAMES)
    if not found:
        return
    capitalized = any(w in found and text[a].isupper() for a, _, w in words)
    if not capitalized and all(data.word_score(w) >= _WORDY_SYLLABLE for w in found):
        return
    # Each shape's own mark first: capitals, a hyphen, a full stop, an underscore.
    if capitalized:
        yield from _vietnamese_names(text, data)
        if "-" in text:
            yield from _hyphenated_given(text, data)
        if ". " in text:
            yield from _initial_short_surname(text, data)
    if capitalized or "_" in text:
        yield from _cantonese_names(text, data)
    if "." in text:
        yield from _surname_dot_given(text, data)
    if "_" in text or "-" in text or "." in text:
        yield from _glued_syllables_given(text, words, found, data)


# A given name of two syllables of Cantonese, Wade-Giles or Korean written
# together, as user names write them ("siufung", "hoyin", "tsunghan", "seojin").
_ROMANIZED_SYLLABLE = (
    r"(?:ch|sh|ts|hs|ng|kw|gw|ph|th|kh|zh|[bcdfghjklmnpstwyz])?[aeiou]{1,3}(?:ng|[nmkptl])?"
)
_TWO_SYLLABLES = regex.compile(f"(?:{_ROMANIZED_SYLLABLE}){{2}}")
MIN_GLUED_SYLLABLES = 5  # letters: "kaman", "hoyin"; not "tomo", "dana"


def _glued_syllables_given(
    text: str, words: list[Word], surnames: set[str], data: NameData
) -> Iterator[tuple[int, int, float]]:
    """One of these surnames (``surnames``: those in the text) joined by "_",
    "-" or "." to such a given name, either first, in lower case
    (`tsang_hoyin`, `tsai_tsunghan`, `seojin_yoon`): the given
    name no English word, common word of another language, place, or word
    the rules would read as names run together."""
    for first, second in _pairs_apart(text, words, ("_", "-", ".")):
        start, end = first[0], second[1]
        if not text[start:end].islower():
            continue
        for surname, given in ((first[2], second[2]), (second[2], first[2])):
            if (
                surname in surnames
                and len(surname) >= 3  # "an", "ko", "ma": pieces of words as often
                and len(given) >= MIN_GLUED_SYLLABLES
                and _TWO_SYLLABLES.fullmatch(given) is not None
                and not data.is_english(given)
                and given not in data.places
                and given not in data.glued_words
                and given not in foreign_words()
            ):
                yield start, end, THRESHOLD
                break


def _vietnamese_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Vietnamese name, surname first: one of the surnames most Vietnamese
    bear, then one to three short capitalized words, written with Vietnamese
    letters ("Lê Thị Hoa", "Vũ Thu Hà") or, without them, a middle name
    between ("Nguyen Van An"): the whole name, never "Văn An" beside its
    surname. Not a place ("Hồ Chí Minh") nor a street ("đường Lê Lợi",
    "Nguyễn Thị Minh Khai Street")."""
    for match in bounded.finditer(_VIETNAMESE_NAME, text):
        words = match.group().split(" ")
        if fold(words[0]) not in _VIETNAMESE_SURNAMES:
            continue
        if _VIETNAMESE_LETTER.search(match.group()) is None and not (
            len(words) >= 3 and fold(words[1]) in _VIETNAMESE_MIDDLE_NAMES
        ):
            continue
        before = text[: match.start()].split()
        after = text[match.end() :].split()
        if (
            " ".join(map(fold, words)) in data.places
            or (before and fold(before[-1]) in _LEADING_STREET_TYPES)
            # "Đường Nguyễn Huệ": the street word, not the surname Dương
            or words[0].casefold() == "đường"
            or (after and fold(after[0]) in STREET_TYPES)
        ):
            continue
        yield match.start(), match.end(), THRESHOLD


def _searched_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A name alone as what a query's LIKE looks for ("WHERE e.entityName LIKE
    '%Siobhán%'"): the quoted word, with a pattern's wildcards, a listed given
    name or surname that stands for a person alone (see ``_clear_given``,
    ``_plain_surname``)."""
    for match in bounded.finditer(_SEARCHED, text):
        word = fold(match.group("name"))
        if _clear_given(word, data) or _plain_surname(word, data):
            yield match.start("name"), match.end("name"), THRESHOLD


_SEARCHED = regex.compile(r"(?i:\blike)\s*'%?(?P<name>(?=\p{Lu})\p{Latin}[\p{Latin}\p{M}]{2,})%?'")


def _pairs_apart(
    text: str, words: list[Word], gaps: tuple[str, ...]
) -> Iterator[tuple[Word, Word]]:
    """Each word and the next, set apart by one of ``gaps`` only and standing
    alone in ``text`` (no letter or digit glued to either end of the pair)."""
    for first, second in itertools.pairwise(words):
        if text[first[1] : second[0]] not in gaps:
            continue
        start, end = first[0], second[1]
        if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue
        yield first, second


def _pinyin_names(text: str, words: list[Word], data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Chinese name in pinyin: a surname the lists hold in Han characters,
    romanized, beside a given name of two pinyin syllables that no list nor
    dictionary here knows ("xu zihan", "SUN_HAORAN", "Huang Zihan",
    "haoran.sun"), written alike (both lower case, capitalized or in
    capitals) and apart by a space, "_", "-" or "." only."""
    surnames = data.pinyin_surnames
    for first, second in _pairs_apart(text, words, (" ", "_", "-", ".")):
        if first[2] not in surnames and second[2] not in surnames:
            continue
        start, end = first[0], second[1]
        one, two = text[first[0] : first[1]], text[second[0] : second[1]]
        if _PINYIN_LETTERS.fullmatch(one) is None or _PINYIN_LETTERS.fullmatch(two) is None:
            continue  # "на пути" (on the way) reads as "na puti", Vietnamese "bạn quên"
        if not (
            (one.islower() and two.islower())
            or (one.isupper() and two.isupper())
            or (one[0].isupper() and two[0].isupper() and one[1:].islower() and two[1:].islower())
        ):
            continue
        if (
            one.islower()
            and text[first[1] : second[0]] == " "
            and not _lower_name_marked(text, start, end)
        ):
            continue  # "Lihat di laman", "Faili lililokusanywa ni tupu."
        for surname, given, first_word in (
            (first[2], second[2], True),
            (second[2], first[2], False),
        ):
            if (
                surname in surnames
                # (after the given name, as Western order puts it, a surname
                # other lists hold too: "haoran.sun"; not a rare one, "ge", "ji",
                # "you", that ends identifiers as a short word or code as often)
                and (first_word or surname in data.family)
                and _pinyin_given(given, data)
            ):
                yield start, end, THRESHOLD
                break


def _lower_name_marked(text: str, start: int, end: int) -> bool:
    """Whether a name in lower case words at ``start``-``end`` of prose is marked
    as one: the text is all in lower case, or a word that hands something to a
    person or announces one stands before it, or punctuation sets it off on
    both sides ("Questions -> xu zihan (135...)"). Whoever writes with capitals
    capitalizes names."""
    if _CAPITAL.search(text) is None:
        return True
    return _cued(text, start) or _set_off(text, start, end)


def _pinyin_given(word: str, data: NameData) -> bool:
    """A given name of two pinyin syllables that is no English word, place,
    reading of names run together, or other language's word ("nilai",
    Indonesian's "value"; "finden", German's "find")."""
    return (
        _PINYIN_GIVEN.fullmatch(word) is not None
        and not data.is_english(word)
        and word not in data.places
        and word not in data.glued_words
        and word not in foreign_words()
    )


def glued_pinyin_name(word: str, data: NameData) -> bool:
    """A Chinese name in pinyin run together, surname first, as user names are
    made ("xieyutong", "huanglihua"): a surname the lists hold in Han
    characters, romanized, of two letters or more, then a given name of two
    pinyin syllables that is no English word, place or other language's word;
    the whole no English word."""
    if data.is_english(word) or word in data.places or word in data.glued_words:
        return False
    for cut in range(2, min(len(word) - 3, MAX_PINYIN_SURNAME + 1)):
        surname, given = word[:cut], word[cut:]
        if surname in data.pinyin_surnames and _pinyin_given(given, data):
            return True
    return False


def _hyphenated_given(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Korean or Taiwanese name: one of the commonest surnames of the two
    (romanized) beside a given name of two syllables joined by a hyphen
    ("Park Ji-hoon", "Seo-yeon Lee", "Tsai Yu-ting"), the whole name, each
    syllable shaped as romanized syllables are (no "Drop-off", "Check-in")."""
    if "-" not in text:
        return
    for match in bounded.finditer(_HYPHENATED_GIVEN, text):
        surname = (match.group("before") or match.group("after")).lower()
        one, two = match.group("given").lower().split("-")
        if surname in _EAST_ASIAN_SURNAMES and not (
            # "Wang Pop-up", "Ho Wi-fi": an English word written with a hyphen
            data.is_english(one + two)
            or min(data.word_score(one), data.word_score(two)) >= _WORDY_SYLLABLE
        ):
            yield match.start(), match.end(), THRESHOLD


# An English given name after a Cantonese name (a comma between, in a roster)
# or before it.
_ENGLISH_GIVEN_AFTER = regex.compile(
    r",? (?P<given>\p{Lu}[\p{Ll}]+|\p{Lu}{3,})(?![\p{L}\p{N}\-_@])"
)
_ENGLISH_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}\p{N}\-_.@/])(?P<given>\p{Lu}\p{Ll}+) $")


def _cantonese_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Cantonese name as Hong Kong writes it: a surname of the commonest and
    two syllables of a given name written apart, the whole name (never "Tai
    Man" beside "Chan"); not a place ("Wong Tai Sin", "Ho Man Tin") nor a
    street, nor two English words after the surname."""
    # Overlapped: "Marcus Ong Jun Jie" is read from "Ong" too, not only from "Marcus".
    for match in bounded.finditer(_CANTONESE_NAME, text, overlapped=True):
        surname, one, two = (match.group(k).lower() for k in ("s", "a", "b"))
        if (
            surname not in _EAST_ASIAN_SURNAMES
            or not (_SYLLABLE_WORD.fullmatch(one) and _SYLLABLE_WORD.fullmatch(two))
            or min(data.word_score(one), data.word_score(two)) >= _WORDY_SYLLABLE
            or f"{surname} {one} {two}" in data.places
            or f"{one} {two}" in data.places
        ):
            continue
        start, end = match.span()
        # An English given name before or after it, as Singapore and Hong Kong
        # write them: "Kelvin Lim Kok Wah", "NG BOON KEAT DARREN", "GOH SIEW
        # HWEE, CHERYL".
        given = _ENGLISH_GIVEN_AFTER.match(text, end)
        if (
            given is not None
            and fold(given.group("given")) not in STREET_TYPES
            and _clear_given(fold(given.group("given")), data)
        ):
            end = given.end()
        before = _ENGLISH_GIVEN_BEFORE.search(text, 0, start)
        if before is not None and _clear_given(fold(before.group("given")), data):
            start = before.start()
        after = text[end:].split()
        if after and (fold(after[0]) in STREET_TYPES or after[0][:1].isupper()):
            continue  # "Lam Tin Park": part of a longer capitalized name
        yield start, end, THRESHOLD


def _surname_dot_given(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A user name of a Vietnamese, Korean or Chinese surname, a dot and a given
    name of one syllable or two ("nguyen.an", "cheung.ming", "yoon.jia"), as
    those names are ordered; not inside a host name or before an "@", and no
    English word after the dot ("ho.json")."""
    if "." not in text:
        return
    for match in bounded.finditer(_SURNAME_DOT_GIVEN, text):
        surname, given = match.group("surname"), match.group("given")
        if (
            surname in _ASIAN_SURNAMES
            and (
                _SYLLABLE_WORD.fullmatch(given) is not None
                or _PINYIN_GIVEN.fullmatch(given) is not None
            )
            and (given in data.given or not data.is_english(given))
            and max(data.word_score(given), data.word_score(surname)) < _WORDY_SYLLABLE
            and given not in data.places
        ):
            yield match.start(), match.end(), THRESHOLD


def _initial_short_surname(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """An initial before a short Vietnamese, Korean or Chinese surname ("N. Vo",
    "K. Ng"), no English word ("Plan B. So")."""
    if ". " not in text:
        return
    for match in bounded.finditer(_INITIAL_SHORT_SURNAME, text):
        surname = match.group("surname").lower()
        if surname in _ASIAN_SURNAMES and data.word_score(surname) < _WORDY_SYLLABLE:
            yield match.start(), match.end(), THRESHOLD


# The connectors alone, searched in the lower-cased text.
_CHILD_HINT = re.compile(rf" (?:{_CHILD_CONNECTORS}) ")


def _children_of(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A Malaysian or Singaporean name with "a/l", "a/p", "s/o" or "d/o"
    between the given name and the father's, or Malay "bin" or "binti", both
    no English word or listed ("Priya a/p Krishnan", "PRIYA D/O GANESAN",
    "Nurul Aisyah binti Kamarudin"): the whole name."""
    if _CHILD_HINT.search(text.lower()) is None:
        return  # most texts with a "/" hold paths and ARNs, no "a/p" nor "bin"
    for match in bounded.finditer(_CHILD_OF, text):
        start = match.start()
        given, _, rest = match.group("given").partition(" ")
        if rest and fold(given) in _TITLES:  # "Ms Priya d/o Ganesan": the name after the title
            start, given = match.start("given") + len(given) + 1, rest
        given = fold(given)
        father = fold(match.group("father").split(" ")[0])
        if all(
            (
                word in data.given
                or word in data.family
                or not (data.is_english(word) or word in data.places)
            )
            and data.word_score(word) < _WORDY_SYLLABLE
            for word in (given, father)
        ) and not _named_after(text, match, data):
            yield start, match.end(), THRESHOLD


def _named_after(text: str, match: regex.Match[str], data: NameData) -> bool:
    """A place or a thing named after the person: a word after the father's
    name that is an English word or a street's ("Mohammed bin Zayed City",
    "Sultan bin Abdulaziz Road")."""
    rest = match.group("father").split(" ")[1:] + text[match.end() :].split()[:1]
    return any(
        word[:1].isupper()
        and (data.word_score(fold(word)) >= MIN_WORD or fold(word) in STREET_TYPES)
        for word in rest
    )


def _slashed_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A passenger's "SURNAME/GIVEN" in capitals: both sides names a list holds
    that are barely words, or one such and the other a word no list nor
    dictionary knows ("PERERA/KASUN", "BERIDZE/NINO"); not "TEST/PAX",
    "SALES/MARKETING", "LONDON/PARIS" nor airports' codes ("DXB/KHI")."""
    if "/" not in text:
        return  # cheaper than the pattern
    for match in bounded.finditer(_SLASHED, text):
        surname = fold(match.group("surname")).replace("'", "")
        given = fold(match.group("given").split()[0]).replace("'", "")
        if len(surname) + len(given) < 7 or (surname in data.places and given in data.places):
            continue
        if (
            _barely_word_name(surname, data)
            and (_barely_word_name(given, data) or _unknown_word(given, data))
        ) or (_unknown_word(surname, data) and _barely_word_name(given, data)):
            yield match.start(), match.end(), THRESHOLD


def _barely_word_name(word: str, data: NameData) -> bool:
    """A name a list holds that is barely a word ("kasun", "elif"; not "sales")."""
    listed = word in data.given or word in data.family
    return listed and data.word_score(word) < SLASHED_MAX_WORD


def _upper_surname_given(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A surname in capitals, then a capitalized given name, as rosters write
    them ("BERIDZE Nino", "QURESHI Imran"): a listed surname and a listed given
    name, each barely a word, the surname no place ("AWS Lambda", "GATE
    Reader", "PARIS Hilton" are none); or one of them listed so and the other
    a stranger, no English word nor place ("IOANNOU Chrystalla", "XILOJ Balam")."""
    for match in bounded.finditer(_UPPER_SURNAME_GIVEN, text):
        surname = fold(match.group("surname"))
        given = fold(match.group("given"))
        if (
            _stranger(surname, data)
            and len(surname) >= MIN_CUED_UPPER
            and _vowels(surname) >= 2
            and given in data.given
            and data.word_score(given) < MIN_WORD
            and _HANDED_TO.search(text, max(0, match.start() - 24), match.start()) is not None
        ):
            # After a word that hands a thing to a person, a long surname no list
            # knows before a listed given name, though a town is named so too
            # ("Aprovado por NHANTUMBO Inocência", "MABJAIA Conceição").
            yield match.start(), match.end(), THRESHOLD
            continue
        if given in data.places:
            continue
        listed_surname = (
            surname in data.family or surname in data.census_only
        ) and data.word_score(surname) < SLASHED_MAX_WORD
        listed_given = given in data.given and data.word_score(given) < SLASHED_MAX_WORD
        # A surname that is also a word ("MARSH", "HUNTER") before one of a
        # country's commonest given names that is no word ("Kevin"): a roster's.
        worded_surname = (
            surname in data.family
            and surname not in data.places
            and _clear_given(given, data)
            and given in data.popular
            and data.word_score(given) == 0
        )
        if (
            (listed_surname and (listed_given or worded_surname))
            or worded_surname
            # a town's name is a surname too ("CAMILLERI"), but not before a stranger
            or (listed_surname and surname not in data.places and _stranger(given, data))
            # an acronym is none ("DSGVO Art"): a name's vowels, a clear given name
            or (_clear_given(given, data) and _stranger(surname, data) and _vowels(surname) >= 2)
            # or one of a country's commonest given names, though a word, after a
            # long surname no list knows ("NAKIMULI Grace")
            or (
                _stranger(surname, data)
                and len(surname) >= 5
                and _vowels(surname) >= 2
                and given in data.popular
            )
            # or no list knows either, both with a name's vowels, in a sentence
            # ("escalate to SIGCAWU Nosipho"; alone, "KOPANANG Isibani" is a brand's)
            or (
                match.span() != (0, len(text))
                and _stranger(surname, data)
                and _stranger(given, data)
                and _vowels(surname) >= 2
                and _vowels(given) >= 2
            )
        ):
            yield match.start(), match.end(), THRESHOLD


MIN_CUED_UPPER = 5  # letters of a surname in capitals no list knows, after a cue


def _stranger(word: str, data: NameData) -> bool:
    """A word of four letters or more no list, dictionary or gazetteer holds."""
    return (
        len(word) >= 4
        and not data.is_english(word)
        and word not in data.usable
        and word not in data.places
    )


def _stranger_and_surname(
    text: str, words: list[Word], data: NameData
) -> tuple[int, int, float] | None:
    """A whole value of two capitalized words, a word no list, dictionary or
    gazetteer holds before a listed surname that is no English word and no
    place, or one shaped as its language's surnames are: a given name no list
    holds ("Tjark Ubben", "Fatjon Dervishi", "Ғалымжан Омаров").
    Not where the second is a place or a word ("Schichtleiter Nord"). A word
    of another language first still reads as a name ("Lotnisko Chopina", an
    airport): only English words are known here."""
    if len(words) != 2:
        return None
    (start, _, first), (_, end, last) = words
    if (
        text[:start].strip()
        or text[end:].strip()
        or _TWO_CAPITALIZED.fullmatch(text, start, end) is None
        or not (last in data.family or data.surname_shaped(last))
        or data.is_english(last)
        or last in data.places
        or not _stranger(first, data)
    ):
        return None
    return start, end, 1.0


_TWO_CAPITALIZED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+ \p{Lu}[\p{Ll}\p{M}]+")


def _named_by_address(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A display name before its own address: its given name (or initial) and
    its surname are the address's local part ("Thenmozhi Arumugam
    tarumugam@..."), and neither is barely a word ("Data Team
    <data.team@...>" is a team's), or the given name a word before a listed
    surname that is none and no place ("Gift Mumba <gift.mumba@...>")."""
    if "@" not in text:
        return  # cheaper than the pattern
    for match in bounded.finditer(_BEFORE_ADDRESS, text):
        names = [fold(w) for w in match.group("name").split()]
        given, surname = names[0], names[-1]
        local = "".join(ch for ch in fold(match.group("local")) if ch.isalpha())
        if (
            len(given) >= 2
            and len(surname) >= 3
            and surname in local
            and (given in local or local.startswith(given[0] + surname))
            and data.word_score(surname) < MIN_WORD
            and (
                data.word_score(given) < MIN_WORD
                or (surname in data.family and surname not in data.places)
            )
        ):
            yield match.start("name"), match.end("name"), THRESHOLD


def _unknown_word(word: str, data: NameData, *, listed: bool = True) -> bool:
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


def _plain_name(word: str, data: NameData) -> bool:
    """A listed name of three letters or more that is no English word and no place
    (no listed name is among the glued words, which the lists leave out)."""
    return (word in data.given or word in data.family) and _unknown_word(word, data, listed=False)


def _stranger_pair(text: str, first: Word, final: Word, order: float, data: NameData) -> bool:
    """Two capitalized words that make a name though a list lacks one of them:
    "Karimov, Sherzod" (a surname, a comma and a given name no list holds;
    both unlisted where the surname is in capitals, "GQIRANA, Nosipho");
    after a word announcing a person, "issued by Munkhbat Ochir", "owner Chaltu
    Gemechu" (a given name no list holds before a surname no list holds or a
    listed one) or "added by Rosania Jibas" (a listed name that is no word and
    no place before a surname no list holds)."""
    if order == SURNAME_FIRST:
        if first[2] in data.census_only and _clear_given(final[2], data):
            return True  # a surname only the census lists, a clear given name: "Naidoo, Priya"
        return (_unknown_word(final[2], data) or _plain_name(final[2], data)) and (
            _listed_surname(text, first, data)
            # A roster's "GQIRANA, Nosipho": the surname in capitals, no list
            # nor dictionary knowing either word, and no acronym's letters.
            or (
                _upper(text, first)
                and len(first[2]) >= 4
                and _vowels(first[2]) >= 2
                and _unknown_word(first[2], data)
            )
        )
    return (
        (
            (
                _unknown_word(first[2], data)
                and (_unknown_word(final[2], data) or _listed_surname(text, final, data))
            )
            or (_unknown_word(final[2], data, listed=False) and _plain_name(first[2], data))
        )
        and data.word_score(final[2]) < MIN_WORD
        and (_announced(text, first[0]) or _vouched_after(text, final[1]))
    )


def _vouched_after(text: str, end: int) -> bool:
    """After a name: a married name ("Rigobert Ekambi épouse Tchakounté"), the
    label of a number only a person has ("Thenmozhi Anbalagan, SSN ..."), what
    only a person does ("Chaltu Gemechu confirms ...") or a phone number of
    eight digits or more, as contacts are jotted down ("Mwila Chilufya / 096
    550 0026", "Assitan Doumbia 66-37-99-37"); not a date."""
    if (
        _MARRIED.match(text, end) is not None
        or _ID_LABEL_NEXT.match(text, end) is not None
        or _PERSON_VERB_NEXT.match(text, end) is not None
    ):
        return True
    phone = _PHONE_NEXT.match(text, end)
    return (
        phone is not None
        and MIN_VOUCHING_DIGITS <= len(_DIGIT.findall(phone["number"])) <= MAX_PHONE_DIGITS
        and _LEADING_YEAR.match(phone["number"]) is None
    )


MIN_VOUCHING_DIGITS = 8
# What only a person does, said of the name just before: "Negar Rezaei
# approved", "Ohno Hikari confirms Q3 numbers", "Nou Hang will call ...".
_PERSON_VERB_NEXT = regex.compile(
    r"\s+(?:approved|approves|confirmed|confirms|signed off|said|says|wrote|asked|asks"
    r"|will (?:call|check|confirm|approve)|called|agreed|promised)(?![\p{L}\p{M}])"
)
# Numbers and dates only a person has, by their labels: social security and
# national insurance numbers, a date of birth, a passport, national identity
# numbers (India's Aadhaar and PAN, Brazil's CPF, Mexico's CURP, Spain's DNI
# and NIE, Indonesia's NIK).
_ID_LABEL_NEXT = regex.compile(
    r"\s*[,;(]?\s*(?:SSN|SIN|NINO?|DOB|D\.O\.B\.|PAN|CPF|CURP|DNI|NIE|NIK"
    r"|(?i:aadhaa?r|passport|pasaporte|passeport|reisepass|date of birth))(?![\p{L}\p{N}])"
)
MAX_PHONE_DIGITS = 15  # E.164's longest: a card's or an order's number is longer
_PHONE_NEXT = regex.compile(
    r"\s*(?:[/,:(\u2013\-]\s*)?(?:(?i:tel|ph|mob|cel|cell|phone|whatsapp|on)\.?:?\s*)?"
    r"(?P<number>\(?\+?[0-9][0-9 ()./\-]{6,22}[0-9])(?![0-9])"
)


def _greeting_only(word: str, data: NameData) -> bool:
    """A greeting's word that no list holds as a name ("Takk Ingrid" is Ingrid
    thanked): one a list holds may begin the name ("Selam Tesfaye", "Tack
    Ingrid"), which is then covered whole rather than left beside it."""
    return word in _GREETING_WORDS and word not in data.given and word not in data.family


def _clear_given(word: str, data: NameData, *, town_ok: bool = False) -> bool:
    """A listed given name that is barely a word and no place: one that stands
    for a person alone ("Aisha", "Marcus"; not "Grace", "Paris"). With
    ``town_ok``, a town's name may be one ("Gary", where no town is meant)."""
    return (
        word in data.given
        and 1.0 - data.name_wordiness(word) >= CLEAR_GIVEN
        and (town_ok or word not in data.places)
    )


# A capitalized word after none ("Copy of Cheryl's shrink workbook"; not
# "Trader Joe's range", "Ben & Jerry's") whose possessive a lower-case word
# follows (not a letter: "Manning's n", a formula's).
_POSSESSIVE_WORD = regex.compile(
    r"(?<![\p{Lu}][\p{L}\p{M}]*[ \-]|[\p{L}\p{M}'\u2019]|& )"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+)['\u2019]s (?=\p{Ll}{2})"
)


def _possessive_given(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A given name alone whose something a text names ("Copy of Cheryl's
    shrink workbook", "v3 from Angharad's notebook"): one that stands for a
    person alone (:func:`_clear_given`)."""
    for match in bounded.finditer(_POSSESSIVE_WORD, text):
        if _clear_given(fold(match.group("name")), data):
            yield match.start("name"), match.end("name"), 1.0


def _signed_by(text: str, last: Word, data: NameData) -> tuple[int, int, float] | None:
    """A given name alone signing off a text ("... -- Sanjay", "Thanks, Dawn"):
    where a message ends, a listed given name is its writer's."""
    start, end, word = last
    if word not in data.given or not text[start].isupper() or text[end:].strip(" .!") != "":
        return None
    if _SIGN_OFF.search(text, max(0, start - 16), start) is None:
        return None
    return start, end, 1.0


def _best_run(
    text: str, words: list[Word], i: int, data: NameData, prose: bool
) -> tuple[int, float] | None:
    """(index of the last word, score) of the best-scoring name starting at word i."""
    if _no_initial(text, words[i]) or (i + 1 < len(words) and _greeting_only(words[i][2], data)):
        return None
    if words[i][1] - words[i][0] == 1 and text.startswith(", ", words[i][1]):
        return None  # "row B, Carrier Transicold": a letter before a comma begins no name
    glued = _glued_initial(text, words[i], data, prose)
    if glued is not None:
        return i, glued
    run = _run(text, words, i, data, prose)
    best: tuple[int, float] | None = None
    for last in range(i + 1, run):
        if best is not None and text[words[last - 1][1] : words[last][0]] == ", ":
            break  # "Lotte Brinkmann, Tel ...": a name before a comma ends at it
        if words[last][2] in PARTICLES and not (
            words[last][2] in data.family and _capitalized(text, words[last])
        ):
            continue
        score = _score(text, words, i, last, data, prose)
        if score >= THRESHOLD:  # the longest name that passes
            best = (last, score)
    if best is not None:
        # The rest of a compound surname ("delacroix-mbeki") is the name's too:
        # never a part left beside a pseudonym.
        last, score = best
        while (
            last + 1 < run
            and (
                (
                    text[words[last][1] : words[last + 1][0]] == "-"
                    and data.word_score(words[last + 1][2]) <= 0.1
                )
                # A name read from its last word on: "sama andi saputra" is "with
                # Andi Saputra", never "Sama Andi" and a surname left beside it.
                or _score(text, words, last, last + 1, data, prose) >= THRESHOLD
                or words[last + 1][2] in PATRONYMICS  # "Aizada Bakyt kyzy"
                or (
                    last - i >= 2
                    and text[words[last][1] : words[last + 1][0]] == " "
                    and _second_surname(text, words[last + 1], data)
                )
                or _third_word_surname(text, words, i, last, data)
            )
        ):
            last += 1
        best = (last, score)
    return best


def _no_initial(text: str, word: Word) -> bool:
    """A letter alone that is no initial of a name: glued to a digit before it
    (the "K" of "2ES5K Ermak") or ending a range of letters ("A-F, Agios")."""
    start = word[0]
    if word[1] - start != 1 or not start:
        return False
    before = text[start - 1]
    return before.isdigit() or (
        before == "-"
        and start >= 2
        and text[start - 2].isalpha()
        and not text[start - 3 : start - 2].isalpha()
    )


def _run(text: str, words: list[Word], i: int, data: NameData, prose: bool) -> int:
    """End (exclusive) of the run of joined, name-like words from word i."""
    j = i + 1
    while (
        j < len(words) and j - i < MAX_WORDS and _joined(text, words[j - 1], words[j], prose, data)
    ):
        word = words[j][2]
        if prose and _lower_inside(text, words, i, j):
            break  # "S. Ó hAodha to Ioane Faleolo": "to" (a surname, Tô) is no name here
        listed = (
            _listed(text, words[j], data.given, data.native_given)
            or _listed_surname(text, words[j], data)
            or word in PARTICLES
        )
        score = data.word_score(word)
        unknown_name = (
            prose
            and (
                score == 0
                # After a word announcing a name ("reviewed by Wei-Lin Chow"), a
                # capitalized word that is hardly a word may be its surname.
                or (score <= 0.1 and _capitalized(text, words[j]) and _announced(text, words[i][0]))
            )
            and (
                _capitalized(text, words[j])
                # "escalate to priya raghunathan": a surname in no list, after a
                # listed given name that something is handed to.
                or (
                    j == i + 1
                    and len(word) >= 4
                    and _HANDED_TO.search(text, max(0, words[i][0] - 24), words[i][0]) is not None
                )
            )
        )
        # A compound surname goes on past a hyphen ("delacroix-mbeki") where the
        # part after it is hardly an English word.
        hyphen_tail = (
            j - 1 > i
            and text[words[j - 1][1] : words[j][0]] == "-"
            and len(word) >= 3
            and data.word_score(word) <= 0.1
        )
        # After a surname's particle, a capitalized word that is hardly an
        # English word is the surname: "Liezl de Villiers", "Jaco du Toit".
        after_particle = (
            j - 1 > i
            and words[j - 1][2] in PARTICLES
            and len(word) >= 3
            and _capitalized(text, words[j])
            and score < MIN_WORD
            and not foreign_compound(word, data)  # "Marina di Portorosa": a place's
        )
        unknown_name = unknown_name or hyphen_tail or after_particle
        # Beyond the first pair, only words that are names more than words.
        if not (listed or unknown_name or len(word) == 1) or (
            j - i >= 2 and data.word_score(word) >= 0.8
        ):
            break
        if unknown_name and not listed and _CUES.match(text, words[j][0], words[j][1]):
            break  # "Karte, Inhaber Lotte Brinkmann": the word announcing a name is none
        j += 1
    return j


# Lower-case words inside names that no list of particles holds (closed
# classes): Vietnamese Thị and Văn, Filipino "dela", Portuguese "do" and "e",
# Spanish "y", Arabic "bint", Swedish "af", Italian "dei", "degli", "dal".
_LOWER_NAME_WORDS = frozenset("thi van dela do e y bint af dei degli dal dello delle".split())


def _lower_inside(text: str, words: list[Word], i: int, j: int) -> bool:
    """Word j is written in lower case after a capitalized word i began the
    run: no word of a name so written, save a particle ("Maria da Silva"), a
    word of :data:`_LOWER_NAME_WORDS` ("Nguyen thi Mai", "Maria do Carmo") or
    Irish's letter before a capital ("Ó hAodha", "Ní hUallacháin")."""
    start, end, word = words[j]
    return (
        text[start].islower()
        and text[words[i][0]].isupper()
        and word not in PARTICLES
        and word not in _LOWER_NAME_WORDS
        and not (end - start == 1 and text[end : end + 1].isupper())
        # the rest of a word after its apostrophe or hyphen: "K'antu", "Ji-yeon"
        and not (start >= 2 and text[start - 1] in "'\u2019-" and text[start - 2].isalpha())
    )


def _camel_short_word(text: str, final: Word, data: NameData) -> bool:
    """Whether ``final``, glued to the word before it, is a short word in
    camel case (three letters or fewer, mostly a word: "Sky", "Key", "Car"):
    a product's or an app's name, as a surname so short and so much a word
    is seldom glued to a given name."""
    return (
        final[1] - final[0] <= MAX_CAMEL_WORD
        and text[final[0]].isupper()
        and text[final[0] - 1].islower()
        and data.word_score(final[2]) >= MIN_WORD
    )


MAX_CAMEL_WORD = 3  # letters


def _score(
    text: str,
    words: list[Word],
    i: int,
    last: int,
    data: NameData,
    prose: bool,
) -> float:
    first, final = words[i], words[last]
    if prose and _glued_inside_run(text, words, i, last):
        return 0.0  # "yKokFhmQRzu4": camel case inside base64 is no name
    if (
        prose
        and "-" in text[first[0] : final[1]]
        and _HYPHENS_ONLY.fullmatch(text, first[0], final[1])
    ):
        return 0.0  # "Peep-Toe", "golden-brown": hyphenated words in prose
    if _street(text, words, i, last) or (
        final[2].endswith(_GLUED_STREET_TYPES)
        and final[2] not in data.family
        and final[2] not in data.given
    ):
        # "King William Street", "2670 Penny Lane": an address; "Pieter
        # Calandlaan" a street written as one word ("Southgate" a surname)
        return 0.0
    if prose and _in_title_run(text, words, i, last, data) and not _announced(text, first[0]):
        # "Ivory Rose Bouquet": part of a longer Title Case name; but not after a
        # word announcing a name ("felelős: Hegedűs Péter Authorization: ...").
        return 0.0
    if _in_place(words, i, last, data) and not (
        last == i + 1 and _announced_though_placed(text, first, final, data)
    ):
        return 0.0  # "Sao Paulo", "cam-santa-clara-07": a place, or part of one
    if not prose and _software_words(text, words, i, last, data):
        return 0.0  # "apollo-link", "media-hook", "dot-case"
    if last == i + 1 and first[1] == final[0] and _camel_short_word(text, final, data):
        return 0.0  # "LunaSky", "OliviaKey": a name glued to a short word is a product's
    if _transliterated_only(text, words, i, last, data):
        return 0.0  # "कार्य समय" (work time) read "kary smy"
    if first[2] in _SAINTS and (text[first[0]].isupper() or not prose):
        return 0.0  # "St Lukes", "Santa Casa": a church, hospital or town named for a saint
    # "ADEYEMI, Hope": a surname in capitals before a comma and a given name.
    listed_surname_first = last == i + 1 and text[first[1] : final[0]] == ", "
    # "client Fatoumata COULIBALY": a given name and its surname in capitals.
    given_upper = last == i + 1 and _given_upper_surname(text, first, final, data)
    # "υπεύθυνος βάρδιας: ΠΑΝΑΓΙΩΤΗΣ ΜΑΚΡΗΣ": a name in capitals after a label.
    acronym = (_acronym(text, first, prose) and not listed_surname_first) or _acronym(
        text, final, prose
    )
    if (
        _initial(text, final)
        or len(final[2]) == 1
        or (
            acronym
            and not (
                # "KHALID AL-MANSOURI": only the surname's particles between
                all(words[k][2] in PARTICLES for k in range(i + 1, last))
                and len(first[2]) >= 3
                and len(final[2]) >= 3
                and _listed(text, first, data.given, data.native_given)
                and _listed_surname(text, final, data)
                and (_announced(text, first[0]) or _upper_pair(text, first, final, data))
            )
            and not given_upper
        )
    ):
        return 0.0  # "Smith J" is a list, "AWS IoT" an acronym
    cased = (
        prose
        and _capitalized(text, first)
        and _capitalized(text, final)
        and _lower_case_around(text, words, i, last)
    )
    # A whole value of two capitalized words, a clear given name first: a
    # surname in no list counts as one ("Sigríður Jónsdóttir" as a tag value;
    # "Jaco du Toit", over the surname's particles).
    alone = (
        prose
        and all(words[k][2] in PARTICLES for k in range(i + 1, last))
        and (
            (not text[: first[0]].strip() and _SUFFIX.fullmatch(text, final[1]) is not None)
            # or a whole item of a list or a bracket: "Djibi (Sandrine Njoya)",
            # "IN ('Mariam Sangaré', ...)"
            or (
                _ITEM_OPENS.search(text, max(0, first[0] - 3), first[0]) is not None
                and _ITEM_CLOSES.match(text, final[1]) is not None
            )
        )
        and _capitalized(text, first)
        and _capitalized(text, final)
        and len(final[2]) >= 4
        and _as_given(text, first, data, prose) >= CLEAR_GIVEN
        and not compound_word(final[2], data)
        # over particles, no place nor word after them: "Marina di Pisa", "Isabel
        # la Católica" are a resort and a street
        and (last == i + 1 or (final[2] not in data.places and final[2] not in foreign_words()))
    )
    evidence = 0.0
    if cased:
        evidence += CASED_IN_PROSE
    # Lower-case words written apart as words; "zhang_wei" in a sentence is an identifier.
    lower = (
        prose
        and _lower_cased(text, first)
        and _lower_cased(text, final)
        and " " in text[first[0] : final[1]]
    )
    handed = lower and _HANDED_TO.search(text, max(0, first[0] - 24), first[0]) is not None
    if lower:
        # Whoever writes with capitals capitalizes names ("amber hue"), unless a
        # word that hands something to a person stands just before: "escalate
        # to priya raghunathan", "handed over from amber kowalczyk" (clear names
        # are still needed, below), or both words are names and barely words
        # ("sorumlu rebecca thornton;", "aarti gaikwad -> sneha iyer").
        # Or a label or sign-off announcing a person before clear names
        # ("S pozdravem jana novakova").
        if _CAPITAL.search(text) and not (
            handed
            or _clear_pair(text, first, final, last - i, data)
            or (
                _clear_names(first, final, last - i, data)
                and _CUES.search(text, max(0, first[0] - 24), first[0]) is not None
            )
        ):
            return 0.0
        evidence += LOWER_IN_PROSE
    cued = handed or _CUES.search(text, max(0, first[0] - 24), first[0]) is not None
    if cued:
        evidence += CONTEXT
    # "reviewed by Wei-Lin Chow", "sent to Liv Faleolo": after a word announcing
    # a name, capitals are evidence.
    # Looked for only where the other evidence is missing: it costs two searches.
    announced = (
        prose
        and not (cased or handed or alone)
        and _capitalized(text, first)
        and _capitalized(text, final)
        and _announced(text, first[0])
    )
    if (
        prose
        and _capitalized(text, first) != _capitalized(text, final)
        and not (listed_surname_first and _upper(text, first))
        and not given_upper
        # "erzsebetTakacs": lower camel case glues a name's words (_joined decides)
        and not (last == i + 1 and first[1] == final[0] and text[first[0]].islower())
    ):
        return 0.0  # "the Alexa": a name is written all capitalized or all lower-case
    if (
        not prose
        and _lower_cased(text, first)
        and _upper(text, final)
        and final[1] - final[0] <= MAX_SITE_CODE
    ):
        return 0.0  # "calib-SYD", "arm-SYD": a word before a site's or an airport's code
    if _LATIN.match(text, first[0]) is None or _LATIN.match(text, final[0]) is None:
        if not (_LATIN.match(text, first[0]) is None and _LATIN.match(text, final[0]) is None):
            return 0.0  # nor in two scripts
    best = 0.0
    # In an identifier, a surname only the census lists, long and barely an
    # English word, read first before a clear given name barely a word:
    # "qureshi_mohammed", "raghunathan_priya" (not "hutchins_bradley":
    # "hutchins" is too much a word; not "styler_max": too short).
    census_first = (
        (
            not prose
            and last == i + 1
            and text[first[1] : final[0]] in ("_", "-", ".")
            and first[2] in data.census_only
            and len(first[2]) >= MIN_CENSUS_AFTER_INITIAL
            and data.word_score(first[2]) <= GLUED_MAX_WORDINESS
            and _clear_given(final[2], data)
            and data.word_score(final[2]) <= GLUED_MAX_WORDINESS
            # A short given name that is a surname too reads as a second surname
            # ("bellman_ford", "cuthill_mckee"); "mohammed" is long enough.
            and len(final[2]) >= (4 if final[2] not in data.family else 6)
        )
        or (
            # In prose, after a word announcing a person, such a surname capitalized
            # before a clear given name: "re-homed by Ohno Hikari".
            prose
            and last == i + 1
            and text[first[1] : final[0]] == " "
            and first[2] in data.census_only
            and data.word_score(first[2]) <= GLUED_MAX_WORDINESS
            and _capitalized(text, first)
            and _capitalized(text, final)
            and _clear_given(final[2], data)
            and cued
        )
    )
    for one, two, order, listed in (
        (
            _as_given(text, first, data, prose),
            _as_surname(text, final, data, cased or handed or alone or announced),
            0.0,
            _listed(text, first, data.given, data.native_given)
            and _listed_surname(text, final, data),
        ),
        (
            # The rarer order needs more: a surname read first gets no discount
            # for being a popular name ("Key Arn" in kms_key_arn is no person).
            _as_surname(text, first, data, False, discount=False, census=census_first),
            _as_given(text, final, data, prose),
            SURNAME_FIRST,
            _listed_surname(text, first, data)
            and (census_first or first[2] not in data.census_only)
            and _listed(text, final, data.given, data.native_given),
        ),
    ):
        surname = (final if order == 0 else first)[2]
        comma = last == i + 1 and text[first[1] : final[0]] == ", "
        if (
            order == SURNAME_FIRST
            and not comma
            and not _listed(text, first, data.family, data.native_family)
            and not _clear_given(final[2], data)
        ):
            continue  # a surname only shaped as one, read first: "reprov-SIM" is no name
        if (
            prose
            and last == i + 1
            and (comma if order == SURNAME_FIRST else text[first[1] : final[0]] == " ")
            and _capitalized(text, final)
            and (_capitalized(text, first) or (comma and _upper(text, first)))
            and _stranger_pair(text, first, final, order, data)
        ):
            best = max(best, THRESHOLD + max(evidence, 0.0))
        if (
            # three such words: "maintained by Hettiarachchige Chamari Dilrukshi"
            prose
            and order != SURNAME_FIRST
            and last == i + 2
            and text[first[1] : words[i + 1][0]] == " "
            and text[words[i + 1][1] : final[0]] == " "
            and all(_capitalized(text, w) for w in (first, words[i + 1], final))
            and (_unknown_word(words[i + 1][2], data) or _plain_name(words[i + 1][2], data))
            and _stranger_pair(text, first, final, order, data)
        ):
            best = max(best, THRESHOLD + max(evidence, 0.0))
        initialled = order == 0 and _initialled(text, first, final, data)
        if (
            initialled
            and last == i + 1
            and not text[: first[0]].strip()
            and not text[final[1] :].strip()
            and _long_stranger(surname, data, vowels=2)
            and surname not in data.places
            and surname not in foreign_words()
        ):
            # A whole value of an initial and a long surname no list, dictionary
            # or gazetteer holds: "O. Mvondo", "Y. Gebreegziabher" (in a text, an
            # item's letter before a word: "Option C. Dropdown").
            best = max(best, THRESHOLD + max(evidence, 0.0))
        if INITIAL in (one, two) and (
            min(one, two) < MIN_INITIAL_SURNAME
            or surname in data.places
            or (surname in data.census_only and not initialled)
        ):
            # "N. Virginia", "X-Auth": an initial needs a surname that is a
            # name, not a place, and one a list of chosen names holds.
            continue
        if (
            surname in data.census_only
            and (one if order == 0 else two) < CLEAR_GIVEN
            and not initialled
            and not (
                # Both capitalized, a space apart: a given name less clear will do
                # ("Rohit Bhattacharya"), though never a word ("Will Fairweather").
                order == 0
                and last == i + 1
                and text[first[1] : final[0]] == " "
                and _capitalized(text, first)
                and _capitalized(text, final)
                and one >= 1.0 - MIN_WORD
            )
        ):
            if order != 0 or not (handed or announced):
                continue  # "fleet.reefer": the census's surnames need a clear given name
            # After a word that hands something to a person or announces one,
            # where a word no list holds would count as a surname ("to rose
            # delacroix"), a surname the census lists counts no less, nor more.
            # (Not for capitals alone: "Emerald Mist Gourd" is a squash.)
            two = min(two, UNKNOWN_SURNAME - data.word_score(surname))
        if (
            order == 0
            and listed
            and _name_only_surname(final[2], data)
            and (cased or (not prose and evidence >= 0))
            and first[2] not in data.places
        ):
            # A given name that is also a word ("Will", "Dawn", "Cliff") before a
            # listed surname that is no word at all ("Okonkwo"), written as a name.
            best = max(best, THRESHOLD + evidence)
        if (
            order == 0
            and cased
            and _name_only_surname(final[2], data)
            and final[2] not in data.given  # "Anthropic Claude": a given name read second
            and len(first[2]) >= 3
            and not data.is_english(first[2])
            and first[2] not in data.places
        ):
            # An unlisted capitalized word that is no English word at all before
            # such a surname, in lower-case prose: "Wladyslaw Kaminski".
            best = max(best, THRESHOLD + evidence)
        if (
            order == 0
            and not prose
            and last == i + 1
            and text[first[1] : final[0]] in (".", "_", "-")
            and data.surname_shaped(final[2])
            and len(first[2]) >= 3
            and not data.is_english(first[2])
            and first[2] not in data.places
        ):
            # A user name of a given name no list holds and a surname shaped as
            # its language's are: "javokhir.tukhtaev".
            best = max(best, THRESHOLD + max(evidence, 0.0))
        if (
            order == SURNAME_FIRST
            and last == i + 1
            and text[first[1] : final[0]] == ", "
            and (_capitalized(text, first) or _upper(text, first))
            and _capitalized(text, final)
            and two >= CLEAR_GIVEN
            and len(first[2]) >= 4
            and not data.is_english(first[2])
            and first[2] not in data.places
        ):
            # A catalogue's "Surname, Given" with a surname in no list and no
            # English word: "Weißmüller, Jürgen".
            best = max(best, THRESHOLD + max(evidence, 0.0))
        if min(one, two) <= 0:
            continue  # an ordinary word is no part of a name
        if lower and min(one, two) < LOWER_MIN_WORD:
            continue  # "amber hue", "tan hue": lower-case prose needs clear names
        if min(one, two) + max(evidence, 0.0) >= MIN_WORD:
            best = max(best, one + two + order + evidence)
        strong = STRONG if prose else STRONG_IN_IDENTIFIER
        if listed and max(one, two) >= strong and evidence >= 0:
            # A clear name beside a listed name that is also a word: "Amy Brown".
            best = max(best, THRESHOLD + order + evidence)
    return best


def _word_more_than_name(word: str, data: NameData) -> bool:
    """Among English's commonest words (``common_english``) and none of a
    country's commonest names: "link", "python", "apollo", "karma" (which
    wordiness, weighing English against other languages, takes for names:
    software carries its words into every language); not "derek", "lam"
    after a popular given name ("derek_lam")."""
    return word in common_english() and word not in data.popular


# Scripts whose transliteration leaves vowels out: abjads (Arabic, Hebrew) and
# the Indic scripts (anyascii drops their inherent vowel).
_LOSSY_SCRIPT = regex.compile(
    r"[\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}"
    r"\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}]"
)


def _transliterated_only(text: str, words: list[Word], i: int, last: int, data: NameData) -> bool:
    """Words i..last written in a script whose transliteration leaves vowels
    out, none listed as written, no word announcing a person before them, and
    not a listed given name before a listed surname of four letters or more
    ("ثناء شیخ"): a phrase that meets the Latin lists only by its consonants
    ("कार्य समय", work time, read "kary smy"; "מידע אישי", personal information).
    Measured on Django's labels in those scripts (corpus/prose)."""
    first, final = words[i], words[last]
    if _LOSSY_SCRIPT.match(text, first[0]) is None or _LOSSY_SCRIPT.match(text, final[0]) is None:
        return False
    written = [text[words[k][0] : words[k][1]] for k in range(i, last + 1)]
    return (
        not any(w in data.native_given or w in data.native_family for w in written)
        and not (first[2] in data.given and final[2] in data.family and len(final[2]) >= 4)
        and _CUES.search(text, max(0, first[0] - 24), first[0]) is None
    )


def _software_words(text: str, words: list[Word], i: int, last: int, data: NameData) -> bool:
    """Words i..last of an identifier, joined by "-" or "_", the first a word
    more than a name (see :func:`_word_more_than_name`) and the last among
    English's commonest words, no particle between: the identifier's words
    ("apollo-link", "karma-mocha", "media-hook", "dot-case"). Not "derek_lam"
    (a popular given name), "thanh_ho" (no English word first),
    "nguyen_van_an" (a particle)."""
    first, final = words[i][2], words[last][2]
    return (
        final in common_english()
        and _word_more_than_name(first, data)
        and all(text[words[k][1] : words[k + 1][0]] in ("-", "_") for k in range(i, last))
        and not any(
            words[k][2] in PARTICLES or words[k][2] in _LOWER_NAME_WORDS for k in range(i, last)
        )
    )


_RUN_CHARS = frozenset("+/=_")


def _glued_inside_run(text: str, words: list[Word], i: int, last: int) -> bool:
    """Camel-case words glued inside a run of base64 ("yKokFhmQRzu4BFnP"):
    the run around them holds digits or ``+/=``. "AllowWojciechNowak" does not."""
    if all(text[words[k][1] : words[k + 1][0]] for k in range(i, last)):
        return False  # nothing glued
    start, end = words[i][0], words[last][1]
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _RUN_CHARS):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in _RUN_CHARS):
        end += 1
    run = text[start:end]
    return any(ch.isdigit() or ch in "+/=" for ch in run)


def _street(text: str, words: list[Word], i: int, last: int) -> bool:
    """A street named after a person: a street type follows the name, or ends
    it right after a house number ("2670 Penny Lane"), or leads it as in the
    Romance languages ("Via Giuseppe Garibaldi", "Avenue Victor Hugo")."""
    if _leading_street_type(text, words, i) or (
        i > 0
        and _leading_street_type(text, words, i - 1)
        and (text[words[i - 1][1]] == " " or (" " not in text and text[words[i - 1][1]] in "_-"))
    ):
        return True
    after = last + 1
    if (
        after + 1 < len(words)
        and words[after][2] == "s"
        and _POSSESSIVE.match(text, words[last][1]) is not None
    ):
        after += 1  # "Sir John Rogerson's Quay", "St Stephen's Green"
    if after < len(words) and words[after][2] in _AFTER_STREET_TYPES:
        return text[words[after - 1][1] : words[after][0]] in (" ", "_", "-")
    if words[last][2] in STREET_TYPES and last > i:
        if _HOUSE_NUMBER.search(text, 0, words[i][0]) is not None:
            return True
        if _AT_PLACE.search(
            text, max(0, words[i][0] - 12), words[i][0]
        ) is not None and not _POSSESSIVE.match(text, words[last][1]):
            return True  # "near Penny Lane", "on George Street"; not "on Penny Lane's team"
        # "King William Street", "hope_street": a type no one is named ("Lane",
        # "Court", "Way" are surnames too), not after a word announcing a name.
        return words[last][2] not in _SURNAME_STREET_TYPES and not _CUES.search(
            text, 0, words[i][0]
        )
    return False


def _leading_street_type(text: str, words: list[Word], k: int) -> bool:
    """Word k is a street type of those written first ("Via", "Rue"): capitalized,
    or in an identifier ("rua-augusta"), where "via" is no preposition."""
    if words[k][2] not in _LEADING_STREET_TYPES:
        return False
    return text[words[k][0]].isupper() or (" " not in text.strip() and words[k][2] != "via")


# Two capitalized words run together in camel case, standing alone in an identifier.
_CAMEL_PAIR = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<given>\p{Lu}\p{Ll}{3,})(?P<surname>\p{Lu}\p{Ll}{4,})(?![\p{L}\p{M}])"
)


def _camel_stranger_surname(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A given name no list holds run in camel case into a surname shaped as its
    language's or listed (the census's tail too) and barely a word, in an
    identifier ("DilnozaYusupova", "GalymzhanOmarov"): the given name a stranger
    with a name's vowels, no English word; not a product's name ("GitHub",
    "PagerDuty": English words)."""
    if text.islower():
        return  # most identifiers: no capital to begin a word with
    for match in bounded.finditer(_CAMEL_PAIR, text):
        given, surname = fold(match.group("given")), fold(match.group("surname"))
        if not (_stranger(given, data) and _vowels(given) >= 2):
            continue
        if given in data.glued_words or surname in data.places:
            continue
        if (
            data.surname_shaped(surname)
            or _glued_surname(surname, data)
            # (the census's tail too, after a given name: "AssitanDoumbia")
            or (
                surname in data.census_only
                and given not in rare_english()  # "PerceptronTagger"
                and data.name_wordiness(surname) <= GLUED_MAX_WORDINESS
                and surname not in foreign_words()
                and surname not in towns()
            )
        ):
            yield match.start(), match.end(), THRESHOLD


def _vowels(word: str) -> int:
    """How many vowels a folded word holds ("y" counted): a name has some,
    an abbreviation ("skd", "drvr") few or none."""
    return sum(ch in "aeiouy" for ch in word)


def _long_stranger(word: str, data: NameData, *, vowels: int = 3) -> bool:
    """A word of six letters or more with a name's vowels that is no English
    word, nor two run together: "brzeczyszczykiewicz", "thenmozhi"."""
    return (
        len(word) >= 6
        and not data.is_english(word)
        and _vowels(word) >= vowels
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


# "to" and "from" hand things to people and ship them to places alike.
_TO_OR_FROM = regex.compile(r"(?i)\b(?:to|from)\s+$")


def _announced_though_placed(text: str, first: Word, final: Word, data: NameData) -> bool:
    """A given name and a surname people are very often called, which a place
    bears too ("Pedro Gomes", a town), after a word announcing a person
    ("reviewed by Pedro Gomes", "Contact Diego Garcia"): the person's. Not
    after "to" or "from" ("shipped to Pedro Gomes")."""
    return (
        data.commonly_called(first[2], final[2])
        and _announced(text, first[0])
        and _TO_OR_FROM.search(text, max(0, first[0] - 6), first[0]) is None
    )


def _in_place(words: list[Word], i: int, last: int, data: NameData) -> bool:
    """Whether words i..last are a place name of two or more words, or cut one
    at an edge ("cam-santa" of "cam-santa-clara-07"), or a day's name or begin
    with one ("Hari Raya" of "Hari Raya Aidilfitri"), or end with "Day". A
    place wholly inside is fine: "Larissa Casa Grande" is named after one."""
    folded = [w[2] for w in words]
    if last > i and " ".join(folded[i : last + 1]) in data.places:
        return True
    if last > i and folded[last] == "day":
        return True  # a day named after someone ("Chakri Day", "Rizal Day")
    for start in range(max(0, i - 2), last + 1):
        for n in (2, 3):
            end = start + n - 1
            crosses = start < i <= end or start <= last < end
            if crosses and end < len(words):
                if " ".join(folded[start : end + 1]) in data.places:
                    return True

    # A day's name holds the span, or leads it; not one that only crosses its
    # edge: a name before "Day" is a person's more often than a day's.
    def day(start: int, end: int) -> bool:
        return " ".join(folded[start : end + 1]) in data.days

    holds = any(
        day(start, end)
        for start in range(max(0, i - 2), i + 1)
        for end in range(max(last, start + 1), min(len(words), last + 3))
    )
    return holds or any(day(i, end) for end in range(i + 1, min(last, i + 3)))


def _name_only(word: str, data: NameData) -> bool:
    """A listed name of three letters or more that is barely a word at all."""
    return (
        len(word) >= 3
        and (word in data.given or word in data.family)
        and data.name_wordiness(word) <= GLUED_MAX_WORDINESS
    )


def _initialled(text: str, first: Word, final: Word, data: NameData) -> bool:
    """A capital initial, a full stop and a space, then a capitalized surname of
    four letters or more that is no English word, or a listed one barely used
    as one: "R. Aumua", "E. Karaca", "H. Pemberton"; its particles may come
    between ("F. Al-Hashimi"). So written, a surname only the census lists
    counts ("X-Auth" is not)."""
    surname = final[2]
    return (
        len(first[2]) == 1
        and text[first[0]].isupper()
        and _INITIAL_GAP.fullmatch(text, first[1], final[0]) is not None
        and _capitalized(text, final)
        and len(surname) >= 4
        and (
            not data.is_english(surname)
            or (surname in data.family and data.word_score(surname) <= GLUED_MAX_WORDINESS)
        )
    )


def _announced(text: str, start: int) -> bool:
    """A word announcing a name or handing something to a person ends just before."""
    return (
        _cued(text, start)
        or _NAMING_PREFIX.search(text, max(0, start - 4), start) is not None
        or _OWNERS_SHOP.search(text, max(0, start - 24), start) is not None
    )


def _cued(text: str, start: int) -> bool:
    """A label or cue announcing a person, or a word handing something to one,
    ends just before ``start``."""
    return (
        _CUES.search(text, max(0, start - 24), start) is not None
        or _HANDED_TO.search(text, max(0, start - 24), start) is not None
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


def _clear_pair(text: str, first: Word, final: Word, gaps: int, data: NameData) -> bool:
    """A listed given name, not a place, and a listed surname, side by side and
    each barely a word, that are both among their countries' commonest names
    ("rebecca thornton") or stand set off by punctuation ("handover: aarti
    gaikwad -> sneha iyer,"): a name even where it is not capitalized. Not
    "crisp bok choy, tender", "stylish terra cotta pot", "rich amber ales"."""
    given, surname = first[2], final[2]
    if not _clear_names(first, final, gaps, data):
        return False
    if given in data.popular and surname in data.popular:
        return True
    return _set_off(text, first[0], final[1])


def _set_off(text: str, start: int, end: int) -> bool:
    """Whether punctuation, or the text's edge, stands on both sides of
    ``start``-``end`` (spaces aside)."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    return (not before or not before[-1].isalnum()) and (not after or not after[0].isalnum())


def _clear_names(first: Word, final: Word, gaps: int, data: NameData) -> bool:
    """A listed given name, not a place, and a listed surname, side by side,
    three letters or more and each barely a word."""
    given, surname = first[2], final[2]
    return (
        gaps == 1
        and len(given) >= 3
        and len(surname) >= 3
        and given in data.given
        and data.is_surname(surname)
        and data.name_wordiness(given) <= GLUED_MAX_WORDINESS
        and data.name_wordiness(surname) <= GLUED_MAX_WORDINESS
        and given not in data.places  # "paris", "florence"; many surnames are towns too
    )


def _name_only_surname(word: str, data: NameData) -> bool:
    """A listed surname that is no word at all: it makes a word before it a given name."""
    return data.surname_shaped(word) or (
        word in data.family
        and word not in data.census_only
        and 1.0 - data.name_wordiness(word) >= NAME_ONLY
    )


def _initial(text: str, w: Word) -> bool:
    """A single letter: in Latin letters, or in another script before a full stop
    ("Б. Серикбаев", "ნ. ბერიძე"), where a lone letter may be a word ("و")."""
    return w[1] - w[0] == 1 and (text[w[0]].isascii() or text.startswith(".", w[1]))


def _as_given(text: str, w: Word, data: NameData, prose: bool) -> float:
    if _initial(text, w):
        # an initial: capitalized in prose ("a Python" is no name); in a script
        # without capitals, any letter
        lower = text[w[0]].islower() and text[w[0]].isascii()
        # "A" and "I" without a full stop are English words ("A Magento 2 extension")
        word = prose and text[w[0]] in "AI" and not text.startswith(".", w[1])
        return INITIAL if not prose or not (lower or word) else -1.0
    listed = _listed(text, w, data.given, data.native_given)
    return (1.0 if listed else 0.0) - _wordiness(text, w, data, discount=True)


def _listed(text: str, w: Word, folded: frozenset[str], native: frozenset[str]) -> bool:
    """In the list folded, or (a word of another script) as written."""
    return w[2] in folded or (not text[w[0]].isascii() and text[w[0] : w[1]].lower() in native)


def _listed_surname(text: str, w: Word, data: NameData) -> bool:
    """A listed surname, or a word shaped as its language's surnames are."""
    return _listed(text, w, data.family, data.native_family) or data.surname_shaped(w[2])


def _as_surname(
    text: str, w: Word, data: NameData, cased: bool, *, discount: bool = True, census: bool = True
) -> float:
    """``census`` False: a surname only the census lists counts as unlisted."""
    word = w[2]
    if _initial(text, w):
        return 0.0
    if (
        _listed(text, w, data.family, data.native_family)
        and (census or word not in data.census_only)
    ) or data.surname_shaped(word):
        # A surname shaped as its language's are counts whichever list holds it
        # ("Поліщук Юлія": the census lists Polishchuk).
        return 1.0 - _wordiness(text, w, data, discount=discount)
    if cased and len(word) >= 3:
        return UNKNOWN_SURNAME - data.word_score(word)
    return -data.word_score(word)


def _wordiness(text: str, w: Word, data: NameData, *, discount: bool) -> float:
    """How much the word is an English word; none if written with letters no
    English word has ("Péter" is no "peter", "Ayşe" no "ayse")."""
    if not text[w[0] : w[1]].isascii():
        return 0.0
    return data.name_wordiness(w[2]) if discount else data.word_score(w[2])


def _lower_cased(text: str, w: Word) -> bool:
    """Written in lower case where the script has capitals to write it otherwise;
    Georgian letters are lower-case ones whose capitals nobody writes names in."""
    return text[w[0]].islower() and _GEORGIAN.match(text, w[0]) is None


def _in_identifier(text: str, w: Word) -> bool:
    """A token joined to others without spaces ("tablet-tsargsyan" in a JSON policy)."""
    start, end = w[0], w[1]
    # A full stop or colon joins only between two tokens ("a.tsargsyan", not
    # "ranna: linia", "... kábel: fogyasztás").
    before = start > 0 and (
        text[start - 1] in "-_/@"
        or (text[start - 1] in ".:" and start > 1 and text[start - 2].isalnum())
    )
    after = end < len(text) and (
        text[end] in "-_/@"
        or (text[end] in ".:" and end + 1 < len(text) and text[end + 1].isalnum())
    )
    return before or after


def _glued_initial(text: str, w: Word, data: NameData, prose: bool) -> float | None:
    """``jsmith``: an initial glued to a surname that is a name, not a word
    (in prose, only in a token joined into an identifier)."""
    word = w[2]
    if len(word) < 5 or not text[w[0]].islower() or (prose and not _in_identifier(text, w)):
        return None
    if word in data.given or word in data.family or data.is_english(word):
        return None  # "chiller" is a word
    if word in data.glued_words:
        return None  # so is "evento", in Spanish, Portuguese and Italian
    if _glued_initial_surname(word, data):
        return INITIAL + 1.0
    # Not glued to digits, as random ids are ("cluster-cdnam289lih").
    if _two_initials_surname(word, data) and not _beside_digit(text, w):
        return INITIAL + 1.0
    return None


def _beside_digit(text: str, w: Word) -> bool:
    return text[w[1] : w[1] + 1].isdigit() or (w[0] > 0 and text[w[0] - 1].isdigit())


_VOWEL_LETTERS = frozenset("aeiou")


def _two_initials_surname(word: str, data: NameData) -> bool:
    """Two initials glued to a Chinese or Korean surname of three letters or
    more, as given names of two syllables are initialled there ("dhkim",
    "jgchen", "mhzhou"): no vowel among the initials, which a word would hold,
    and no English word after the first ("rspark", "hspan")."""
    initials, surname = word[:2], word[2:]
    return (
        len(surname) >= 3
        and not data.is_english(word[1:])
        and _VOWEL_LETTERS.isdisjoint(initials)
        and initials.isalpha()
        and (surname in _EAST_ASIAN_SURNAMES or surname in data.pinyin_surnames)
    )


def _glued_initial_surname(word: str, data: NameData) -> bool:
    surname = word[1:]
    if _word_more_than_name(surname, data):
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


def _joined(text: str, a: Word, b: Word, prose: bool, data: NameData) -> bool:
    """Separators that join the words of one name; a sentence boundary never does.
    In prose, words glued in camel case are a product or code name ("PowerPoint"),
    unless both are names and no words at all ("MariaJoseSantos")."""
    gap = text[a[1] : b[0]]
    if gap in (" ", "-", "_"):
        return True
    if gap == "":
        return not prose or (_name_only(a[2], data) and _name_only(b[2], data))
    if gap == ".":  # "maria.garcia", "J.Smith"; "comfort. The" has its space
        return True
    if gap == "+":  # a space in a query string: "?name=Babatunde+Ajayi"
        return "=" in text
    if gap in ("__", "--"):
        return not prose
    if gap == ". ":
        # "J. Smith"; in another script any letter ("ნ. ბერიძე": Georgian
        # letters are lower-case ones beside their rarely used capitals)
        return a[1] - a[0] == 1 and not (text[a[0]].isascii() and text[a[0]].islower())
    if gap in ("'", "\u2019"):  # "O'Brien", "D'Angelo"
        return a[1] - a[0] == 1
    # "Müller, Jörg", "ADEYEMI, Hope"; not a list's items, "(Dakar, Thiès, Abidjan)"
    if gap == ", ":
        return (
            (_capitalized(text, a) or _upper(text, a))
            and _capitalized(text, b)
            and _LISTED_BEFORE.search(text, max(0, a[0] - 40), a[0]) is None
            and _LISTED_AFTER.match(text, b[1]) is None
        )
    return False


# A word and a comma just before: the words after are a list's next items.
_LISTED_BEFORE = regex.compile(r"(?<![\p{L}\p{M}.])\p{L}[\p{L}\p{M}]+, $")
# ... or a capitalized word and another comma or the list's closing bracket
# after: "(Rabat, Thiès, Abidjan, Lomé)".
_LISTED_AFTER = regex.compile(r", \p{Lu}[\p{L}\p{M}]+(?:, |\))")


def _in_title_run(text: str, words: list[Word], i: int, last: int, data: NameData) -> bool:
    """A capitalized word joined just before or after the name (after it, in a
    short value in capitals, a word in capitals too: :func:`_title_word`); after
    it, not one that is no English word nor place: that is the name's second
    surname."""
    before = i > 0 and text[words[i - 1][1] : words[i][0]] == " "
    after = last + 1 < len(words) and text[words[last][1] : words[last + 1][0]] == " "
    return (
        before
        and _capitalized(text, words[i - 1])
        and i - 1 > 0
        and not _SENTENCE_END.search(text, words[i - 2][1], words[i - 1][0])
        # "Owner Sven Haddad": a capitalized word announcing a name is no title.
        and not _CUES.search(text, words[i - 1][0], words[i][0])
    ) or (
        after
        and _title_word(text, words, last + 1, data)
        and _name_suffix(text, words[last][1]) is None  # "Marcus Okafor Jr.", "Ravi Kumar T. P."
        and not (last - i >= 2 and _second_surname(text, words[last + 1], data))
        and not _third_word_surname(text, words, i, last, data)
    )


# Words of a short value in capitals ("ORCHARD FRESH GALA APPLES", a product's
# label as a till prints it): more make a sentence, where capitals tell nothing.
MAX_CAPS_LABEL_WORDS = 6


def _title_word(text: str, words: list[Word], k: int, data: NameData) -> bool:
    """Word k is a word of a title run: capitalized, or a word in capitals no
    list holds as a name in a short value written all in capitals, where a
    name before a product's words is no more a name than in Title Case
    ("GREEN APPLE CROSSBODY PURSE" as "Green Apple Crossbody Purse")."""
    w = words[k]
    return _capitalized(text, w) or (
        len(words) <= MAX_CAPS_LABEL_WORDS
        and _upper(text, w)
        and w[2] not in data.given
        and w[2] not in data.family
        and text.isupper()
    )


def _third_word_surname(text: str, words: list[Word], i: int, last: int, data: NameData) -> bool:
    """A clear given name and a listed name, then a capitalized word no list,
    dictionary, gazetteer nor other language holds: a surname in no list
    ("Juan Carlos Huillca", "Antía Rivas Louzao"). A street's or a feast's
    third word is a word of its language or a street's type ("Hari Raya
    Aidilfitri", "Begum Rokeya Sarani" stay unread)."""
    if last != i + 1 or last + 1 >= len(words):
        return False
    first, second, third = words[i], words[last], words[last + 1]
    return (
        text[first[1] : second[0]] == " "
        and text[second[1] : third[0]] == " "
        and _capitalized(text, first)
        and _capitalized(text, second)
        and _clear_given(first[2], data)
        and (
            _listed(text, second, data.given, data.native_given)
            or _listed_surname(text, second, data)
        )
        and len(third[2]) >= 4
        and _second_surname(text, third, data)
        and data.word_score(third[2]) == 0
        and third[2] not in foreign_words()
        and not compound_word(third[2], data)
        and not foreign_compound(third[2], data)
        # "Karl Johan Laddpark": a charging park (a word that is a surname too)
        and not any(
            data.is_english(third[2][k:]) and data.word_score(third[2][k:]) >= _WORD_ENDING
            for k in range(3, len(third[2]) - 3)
        )
    )


_WORD_ENDING = 0.5  # as much a word as "park" is, a surname too


def _second_surname(text: str, w: Word, data: NameData) -> bool:
    """A capitalized word after a name of three words or more that is no
    English word, no place and no acronym: its second surname ("Ana Lucía
    Betancourt Ossa"). After two words it is as often a street's or a
    holiday's ("Begum Rokeya Sarani", "Hari Raya Aidilfitri")."""
    return (
        len(w[2]) >= 3
        and text[w[0]].isupper()
        and text[w[0] + 1 : w[1]].islower()
        and not data.is_english(w[2])
        and w[2] not in data.places
    )


def _upper_pair(text: str, first: Word, final: Word, data: NameData) -> bool:
    """A given name and a surname in capitals, as a roster or a CSV row writes
    them ("...,Tokyo,BRANDON WHITAKER,1029..."): a clear or popular given name
    and a surname more than the census's tail lists, one space apart, neither
    barely a word ("ROSE GOLD", "CHASE BANK" are words)."""
    return (
        text[first[1] : final[0]] == " "
        and _upper(text, first)
        and _upper(text, final)
        and (first[2] in data.popular or _clear_given(first[2], data))
        and final[2] not in data.census_only
        and data.word_score(first[2]) < MIN_WORD
        and data.word_score(final[2]) < MIN_WORD
    )


def _given_upper_surname(text: str, first: Word, final: Word, data: NameData) -> bool:
    """A given name and the surname in capitals, as French and administrative
    writing puts them ("client Fatoumata COULIBALY", "Jean DUPONT"): a clear or
    popular given name, capitalized, a space, and a listed surname that is no
    given name (of five letters or more if only the census lists it), neither
    barely a word ("Rose GOLD", "Max SIZE")."""
    surname = final[2]
    return (
        text[first[1] : final[0]] == " "
        and _capitalized(text, first)
        and _upper(text, final)
        and len(first[2]) >= 3
        and (first[2] in data.popular or _clear_given(first[2], data))
        and _listed_surname(text, final, data)
        and (surname not in data.census_only or len(surname) >= 5)
        # in capitals a given name is the next name's ("Don SATURNINO PAUCAR")
        and surname not in data.given
        and data.word_score(first[2]) < MIN_WORD
        and data.word_score(surname) < MIN_WORD
    )


def _acronym(text: str, w: Word, prose: bool) -> bool:
    """An all-capitals word in prose that is not all capitals ("AWS", "UI")."""
    word = text[w[0] : w[1]]
    return prose and len(word) > 1 and word.isupper() and not text.isupper()


MAX_SITE_CODE = 3  # capitals of an airport's or a site's code ("SYD", "HAN")


def _upper(text: str, w: Word) -> bool:
    word = text[w[0] : w[1]]
    return len(word) >= 2 and word.isupper()


def _capitalized(text: str, w: Word) -> bool:
    word = text[w[0] : w[1]]
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


_SENTENCE_END = regex.compile(r"[.!?:;]\s*$")
# What opens and closes one item of a list, a bracket or a quotation.
_ITEM_OPENS = regex.compile(r"(?:^|[(\[{'\"\u201c\u2018\u00ab]|[,;|]\s?)$")
_ITEM_CLOSES = regex.compile(r"(?:$|[)\]}'\"\u201d\u2019\u00bb]|[,;|])")
# Initials ending a name, as South India writes the father's name and the
# family's ("Ravi Kumar T. P.", "Suresh Babu K.V.") and Spanish a second
# surname's ("Nina Huillca G."): capitals and full stops.
_INITIALS_AFTER = r" \p{Lu}\.(?: ?\p{Lu}\.){0,2}"
# What may follow a whole value's name: nothing, a generational suffix or
# initials ("Nina Huillca G."), or
# the person's phone number as a contact list writes it ("Sabine Weißhaupt
# +41 79 617 61 12", "Urs Wüthrich, Tel. 25 21 27 07"): seven digits or more.
_SUFFIX = regex.compile(
    rf"(?:,?\s+(?:jr|sr|ii|iii|iv)\.?|(?-i:{_INITIALS_AFTER}))?"
    r"(?:[\s,;(]+(?:(?:tel|ph|phone|mob|mobil|handy|cell|gsm)\.?:?\s*)?"
    r"\+?[0-9](?:[ ()./\-]?[0-9]){6,15}\)?)?\s*",
    regex.IGNORECASE,
)
_GENERATION = regex.compile(r",?\s+(?:Jr|JR|Sr|SR|II|III|IV)\b\.?")
_TRAILING_INITIALS = regex.compile(rf"{_INITIALS_AFTER}(?![\p{{L}}\p{{N}}.])")


def _name_suffix(text: str, end: int) -> regex.Match[str] | None:
    """What ends the name whose words end at ``end`` though no word of it: a
    generational suffix ("Raj Vainikolo III") or initials ("Ravi Kumar T. P.")."""
    return _GENERATION.match(text, end) or _TRAILING_INITIALS.match(text, end)


def _lower_case_around(text: str, words: list[Word], i: int, last: int) -> bool:
    """The other words (of three or more letters, not opening a sentence) are
    mostly lower-case: capitals are evidence. In Title Case text (product
    names, headings) or with no other words they are not."""
    # The neighbouring words only: the test stays linear in long texts.
    near = range(max(1, i - NEIGHBOURS), min(len(words), last + 1 + NEIGHBOURS))
    others = [
        words[k]
        for k in near
        if not i <= k <= last
        and words[k][1] - words[k][0] >= 3
        and not _SENTENCE_END.search(text, words[k - 1][1], words[k][0])
    ]
    lower = sum(text[w[0]].islower() for w in others)
    return bool(others) and lower * 3 >= len(others) * 2


def _cjk_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A listed surname and given name making up a whole run of CJK characters
    (an honorific may follow), or two runs an identifier's joiner joins (see
    :func:`_cjk_joined`), or a listed surname of two characters and a
    short run written apart from it, or a Japanese name in kana written apart
    (:func:`_kana_name`)."""
    if not data.native_family:
        return
    runs = list(_CJK_RUN.finditer(text))
    for i, m in enumerate(runs):
        after = runs[i + 1] if i + 1 < len(runs) else None
        if (
            after is not None
            and text[m.end() : after.start()] in _CJK_JOINED_GAPS
            and _cjk_joined(m.group(), after.group(), data)
        ):
            yield m.start(), after.end(), 1.5
            continue
        run = _without_honorific(m.group())
        # (Japanese surnames run to three characters: 佐々木, 長谷川, 小早川)
        for cut in (1, 2, 3):
            if run[:cut] in data.native_family and run[cut:] in data.native_given:
                yield m.start(), m.start() + len(run), 1.5
                break
        else:
            # Written apart: "田中 美咲", "田中　美咲", "田中・美咲".
            if (
                after is None
                or text[m.end() : after.start()] not in _CJK_NAME_GAPS
                or run != m.group()
            ):
                continue
            given = _before_honorific(_without_honorific(after.group()))
            if run in data.native_family:
                # Japanese writes no spaces between words: after a listed
                # surname of two characters, a short run written apart is
                # the given name, listed or not ("伊藤 さくら", "高橋 翔",
                # "佐藤 健太様より": the honorific and what follows it are not).
                if given in data.native_given or (
                    len(run) >= 2
                    and given not in _CJK_SUFFIXES
                    and _JAPANESE_GIVEN.fullmatch(given) is not None
                ):
                    yield m.start(), after.start() + len(given), 1.5
            elif _kana_name(run, given, data) and not _inside_kana_word(
                text, m.start(), after.start() + len(given)
            ):
                yield m.start(), after.start() + len(given), 1.5


def _cjk_joined(first: str, second: str, data: NameData) -> bool:
    """Whether two CJK runs joined as an identifier joins words ("김_정식",
    "阿部-陽一", "凤英_华") are a listed surname and a listed given name, in
    either order: an identifier may put the given name first, as Latin letters
    do. Listed only: no shape of a given name (Japanese "設定", settings, is
    one) counts here."""
    return (first in data.native_family and second in data.native_given) or (
        first in data.native_given and second in data.native_family
    )


_KANA_CLASS = r"[\p{Hiragana}\p{Katakana}ー]"
_KANA = regex.compile(rf"{_KANA_CLASS}{{2,8}}")
# Long vowels as the Hepburn lists write them: "さとう" reads "satou", listed "sato".
_LONG_VOWELS = (("ou", "o"), ("uu", "u"), ("oo", "o"))


def _kana_name(surname: str, given: str, data: NameData) -> bool:
    """A Japanese name written in kana, surname and given name apart ("たかはし
    みさき", "スズキ ハルト"): each read in Latin letters (the lists hold Japanese
    names so, few in kana) a listed surname and given name, barely a word
    and no place (not "サーバー メンテナンス", "server maintenance")."""
    if _KANA.fullmatch(surname) is None or _KANA.fullmatch(given) is None:
        return False
    return _kana_listed(surname, data.family, data) and _kana_listed(given, data.given, data)


def _inside_kana_word(text: str, start: int, end: int) -> bool:
    """Whether kana or a long-vowel mark run on either side of ``text[start:end]``:
    the runs are a longer word's pieces ("ニュージーランド・ドル")."""
    return (start > 0 and _KANA_LETTER.match(text, start - 1) is not None) or (
        _KANA_LETTER.match(text, end) is not None
    )


_KANA_LETTER = regex.compile(_KANA_CLASS)


def _kana_listed(kana: str, names: frozenset[str], data: NameData) -> bool:
    read = fold(kana)
    for long, short in _LONG_VOWELS:
        read = read.replace(long, short)
    return (
        len(read) >= MIN_KANA_READING
        and read in names
        and read not in data.places
        and data.word_score(read) < MIN_WORD
    )


MIN_KANA_READING = 3  # letters: "yu", "ai" are too often a word's syllables


def _nicknamed(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A nickname in quotes or brackets between a listed given name and a
    surname, the whole of it: "Derek 'Big Del' Barnes", 'Robert "Bob" Lane',
    "Wiremu 'Wiri' Te Rangi" (a short particle may open the surname),
    "Kanokwan (Pim) Boonmee"."""
    # The quoted nickname first (a search that starts at its quote): most texts
    # with quotes hold none.
    if _QUOTED_NICKNAME.search(text) is None:
        return
    for m in bounded.finditer(_NICKNAMED, text):
        surname = fold(m.group("surname"))
        plain = surname not in data.places and data.word_score(surname) < MIN_WORD
        # A listed surname that a place bears too counts here ("Göran 'Göte'
        # Sjöberg"): the nickname between leaves no place reading. In brackets,
        # no word ("Jordan (Nike) Air Max" is a shoe).
        bracketed = "(" in m.group()
        if bracketed and m.group("particle") and not _particle(m.group("particle")):
            continue
        if fold(m.group("given")) in data.given and (
            plain or (surname in data.family and not bracketed)
        ):
            yield m.start(), m.end(), 1.0


# A nickname in quotes, one or two capitalized words, and a space after it.
_QUOTED = (
    r"(?:[\"'\u201c]\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)?[\"'\u2019\u201d]"
    # or in brackets, as Thai nicknames are written: "Kanokwan (Pim) Boonmee"
    r"|\(\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)?\)) "
)
_QUOTED_NICKNAME = regex.compile(_QUOTED + r"\p{Lu}")
_NICKNAMED = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<given>\p{{Lu}}[\p{{Ll}}\p{{M}}]+) {_QUOTED}"
    r"(?:(?P<particle>\p{Lu}\p{Ll}{0,2}) )?(?P<surname>\p{Lu}[\p{Ll}\p{M}'\-]+)(?![\p{L}\p{M}])"
)


def _romaji_honorific_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A listed surname in Latin letters before a Japanese honorific:
    "Watanabe-san approved", "Ohno-sama"."""
    if "-" not in text or _ROMAJI_HINT.search(text) is None:
        return
    for m in bounded.finditer(_ROMAJI_HONORIFIC, text):
        if fold(m.group("name")) in data.family:
            yield m.start(), m.end(), 1.0  # the honorific too: "Watanabe-san"


def _cjk_honorific_names(text: str, data: NameData) -> Iterator[tuple[int, int, float]]:
    """A name before an honorific only names take, inside a sentence written
    without spaces: a listed Japanese surname of two or three characters
    before "さん" or "様" ("中村さんに確認"; not "お客様", "ご担当者様"), a
    listed Korean name before "님" or a job title ("서연 님께", "이민준 책임님";
    not "고객님"). The honorific is the finding's too."""
    for m in bounded.finditer(_KANJI_HONORIFIC, text):
        end = m.end("name")
        for size in (3, 2):
            if end - size >= m.start("name") and text[end - size : end] in data.native_family:
                yield end - size, m.end(), 1.5  # with its honorific: "中村さん"
                break
    for m in bounded.finditer(_CHINESE_TITLED, text):
        if m.group("surname") in data.native_family:
            yield m.start(), m.end(), 1.5  # "陈工", "何師傅": who, not a word
    for m in bounded.finditer(_HANGUL_HONORIFIC, text):
        name = m.group("name")
        if name in data.native_given or any(
            name[:cut] in data.native_family and name[cut:] in data.native_given for cut in (1, 2)
        ):
            yield m.start("name"), m.end(), 1.5  # with its title: "이민준 책임님"


# Honorifics only people take, after a name: Japanese, Korean, and Japanese
# written in Latin letters.
_KANJI_HONORIFIC = regex.compile(r"(?P<name>\p{Han}{2,3})(?:さん|様|さま|くん|ちゃん|先生|氏)")
_HANGUL_HONORIFIC = regex.compile(
    r"(?<!\p{Hangul})(?P<name>\p{Hangul}{2,4}) ?(?:님|씨"
    # or a job title, with or without "님": "이민준 책임님", "최준서 팀장"
    r"|(?:책임|선임|수석|팀장|과장|부장|차장|대리|주임|실장|매니저|이사|대표)(?:님)?)"
)
# A Chinese surname and the title or kinship word colleagues call its bearer by
# ("陈工", engineer Chen; "张总", boss Zhang; "何師傅", master He; "曾生", Mr
# Tsang), standing alone among words of another script: inside Chinese prose
# the same two characters are as often a word ("施工", works). Not "老" or "小"
# before a surname ("老张"): "小米" and "阿里" are brands, "老师" a teacher.
_CHINESE_TITLED = regex.compile(
    r"(?<![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff00-\uffef])"
    r"(?P<surname>\p{Han})(?:工|总|總|生|哥|姐|师傅|師傅|主管|经理|經理|老师|老師)"
    r"(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff00-\uffef])"
)
_ROMAJI_HONORIFICS = "san|sama|kun|chan|sensei"
_ROMAJI_HINT = re.compile(f"-(?:{_ROMAJI_HONORIFICS})")
_ROMAJI_HONORIFIC = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<name>\p{{Lu}}\p{{Ll}}{{2,}})-(?:{_ROMAJI_HONORIFICS})(?![\p{{L}}\p{{M}}])"
)


def _before_honorific(run: str) -> str:
    """The run up to an honorific glued inside it, where sentences go on
    without a space ("健太様より" -> "健太")."""
    cut = min((at for at in map(run.find, _CJK_SUFFIXES) if at > 0), default=len(run))
    return run[:cut]


def _without_honorific(run: str) -> str:
    for suffix in _CJK_SUFFIXES:
        if run.endswith(suffix) and len(run) > len(suffix):
            return run[: -len(suffix)]
    return run
