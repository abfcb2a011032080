"""Words that say a number is a phone number, in the languages of the labels
read: in prose beside a number (``personal.FieldPhoneRecognizer``) and in a
key in a script whose words ``pairs.key_words`` does not split (``"電話番号"``);
and the extension written after a number, which is the number's too."""

from __future__ import annotations

import regex

# Words that name a contact, a call, a message or who is on call, not the
# number itself: after one, eight or nine bare digits are a contact's id as
# often ("contact 12345678"), so ``personal.FieldPhoneRecognizer._labelled``
# takes them for a phone only after the other words here. Russian, Ukrainian,
# Bulgarian and Serbian "контакт" as "contact" (not the Latin "Kontakt", a
# component's or a field's name in German and Polish data as often:
# "components.Kontakt.properties"); "on call" in the same languages as Spanish
# "guardia", German "Bereitschaft": who is on call is reached by phone;
# Swahili "piga" (call), Indonesian and Malay "hubungi" (contact), Polish
# "zadzwoń".
CONTACT_WORDS = frozenset(
    "call contact hotline oncall pager sim sms zap wpp contato contacto contatto"
    " ligar ligue llamar llame llama appeler appelez anrufen chiamare chiama bellen bel"
    " rückruf rueckruf ringde ringa ringt soita soitti"
    " контакт контакты контакти контактний контактный"
    " guardia plantão plantao sobreaviso astreinte bereitschaft rufbereitschaft reperibile"
    " dyżur vagt vakt piket piga hubungi zadzwoń zadzwon".split()
)
PHONE_LABELS = regex.compile(
    r"(?i)(?:\b(?:"
    + "|".join(sorted(CONTACT_WORDS))
    + r"|phone|tel|telephone|mobile|mob|cell|cellphone|fax|whatsapp"
    r"|viber|msisdn|telefon|telefone|telefono|teléfono"
    r"|téléphone|móvil|movil|celular|cel|cellulare"
    # Polish and Russian "number" only just before a number: before a noun it is
    # that thing's ("numer zamówienia", order number; "номер счётчика", meter's);
    # so French "portable" and German "Handy", English adjectives too ("portable
    # chiller unit 4123456789").
    r"|(?:numer|номер|portable|handy)(?=[ \t]*[:#.]?[ \t]*(?:[+(0-9]|$))"
    r"|telemóvel|telemovel|tlf|mobil|puhelin"
    # Swahili "simu" (phone); Zulu and Xhosa "ucingo", "iselula";
    # Afrikaans "selfoon"; Somali "taleefan", "mobayl"; Indonesian and Malay
    # "telp", "ponsel"; Vietnamese "điện thoại", "sđt";
    # Polish "komórka"; Greek "κινητό"
    r"|simu|ucingo|iselula|selfoon|taleefan|mobayl|telp|ponsel"
    r"|điện thoại|sđt|komórka|komorka|κινητό"
    # The number's word and compounds of the other European languages: German,
    # Dutch and Nordic "Telefonnummer", "Rufnummer", "mobiel"; Hungarian
    # "telefonszám"; Czech and Slovak "telefonní", "telefón"; Croatian, Serbian,
    # Bosnian and Slovene "mobitel", "broj telefona"; Latvian "tālrunis";
    # Lithuanian "telefonas"; Estonian "mobiil"; Finnish "matkapuhelin";
    # Icelandic "sími"; Welsh "ffôn"; Irish "guthán"; Catalan "telèfon", "mòbil";
    # Basque "telefonoa", "mugikorra"; Galician "móbil"; Maltese "mowbajl";
    # Swiss "Natel"; Polish and Turkish "telefonu" ("numer telefonu", "cep telefonu")
    r"|telefonnummer|telefoonnummer|rufnummer|handynummer|mobilnummer|mobiltelefon|festnetz"
    r"|natel|telefoon|mobiel|mobiele|telefonszám|telefonszam|mobilszám|mobilszam|telefonní"
    r"|telefonni|mobilní|mobilni|telefón|telefónne|telefonne|mobitel|mobitela|telefona"
    r"|telefonska|tālrunis|talrunis|tālr|talr|telefonas|mobiil|matkapuhelin|puhelinnumero"
    r"|sími|farsími|farsimi|símanúmer|ffôn|ffon|guthán|guthan|telèfon|mòbil|telefonoa"
    r"|mugikorra|móbil|mowbajl|telefonu"
    # Mobile money: a wallet is known by its phone number (M-Pesa, MTN and
    # Vietnam's MoMo, Orange Money, Airtel Money, Tigo Pesa, EcoCash, GCash,
    # bKash, Easypaisa, JazzCash)
    r"|m-?pesa|momo|mobile money|orange money|airtel money|tigo ?pesa|ecocash|gcash|bkash"
    r"|easypaisa|jazzcash"
    # Short forms: French "tél.", Spanish "tfno.", "telf.", Chilean "fono",
    # Indonesian and Malay "no. HP" and "handphone", Filipino "CP no.",
    # Vietnamese "ĐT" (điện thoại)
    r"|tél|tfno|tfn|tlfno|telf|fono|handphone|(?:no\.? ?|nomor |nombor )hp|đt)\b"
    # ... and English "ph." or "ph:" (not "pH 7.2"), Filipino "CP no." (not "cp
    # --no-clobber"), before a number or where the text read ends (a search
    # that ends where a number begins: ``personal.FieldPhoneRecognizer._labelled``)
    r"|\b(?:(?-i:ph|Ph|PH)|cp ?(?:no|#))(?=[.:#] ?(?:\+?[0-9(]|$))"
    r"|тел|моб|電話|电话|手机|手機|携帯|전화|휴대폰|핸드폰|연락처|هاتف|جوال|फ़ोन|फोन|मोबाइल"
    # Georgian and Armenian: tel., mob.; hets., bjj. (mobile)
    r"|ტელ|მობ|հեռ|բջջ"
    # Amharic, Persian, Urdu, Hebrew, Bengali, Tamil, Sinhala, Thai, Lao,
    # Khmer, Burmese, Greek: phone, mobile, call (scripts the "\b" above
    # does not bound as it bounds Latin words)
    r"|ስልክ|تلفن|موبایل|فون|موبائل|טלפון|נייד|ফোন|মোবাইল|தொலைபேசி|கைபேசி|දුරකථන"
    r"|โทร|เบอร์|ໂທ|ទូរស័ព្ទ|ဖုန်း|τηλ"
    # Mobile in Egyptian Arabic, Hebrew and Tamil; phone in Telugu, Kannada,
    # Malayalam, Gujarati and Punjabi; Mongolian "утас"
    r"|موبايل|محمول|פלאפון|סלולרי|அலைபேசி|ఫోన్|సెల్|ಫೋನ್|ഫോൺ|ફોન|ਫ਼ੋਨ|ਫੋਨ|утас)"
)


# An extension after a phone number: "x92808", " ext. 22", " extn 7", "#204"
# (read after a number found, ``personal.extension_end``, and at the end of a
# value a phone's key files, ``pairs.phone_by_key``).
EXTENSION = r"(?i) ?(?:x|ext\.?|extn\.?|extension|#) ?[0-9]{1,7}"
