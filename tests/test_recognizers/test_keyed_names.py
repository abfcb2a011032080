"""Names filed under a key. Under one that names things, a brand, a product, a
character or a street is not a customer (tags["Brand"] = "Calvin Klein"), while
the same names under any other key, or beside such a key in the text, are still
found. Under one that names a person (tags["Owner"]), a name no list knows is
found all the same, and a team or a tool is not taken for one."""

from __future__ import annotations

from typing import Any

import pytest

from recognizers.pairs import inline_pairs, names_a_thing, person_by_key
from scrubber import Scrubber


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("Brand", True),
        ("brand_name", True),
        ("Product4", True),
        ("ProductName", True),
        ("Catalogue3", True),
        ("character", True),
        ("Street", True),
        ("StoreId", True),
        # Vendors and manufacturers are named after their founders ("Carl Zeiss").
        ("vendor", True),
        ("Manufacturer", True),
        # Places named after people: rooms, wards, sites, hospitals, parks.
        ("room", True),
        ("site", True),
        ("HospitalName", True),
        # Campaigns, festivals, dishes, hotels and loyalty tiers named after people.
        ("Campaign", True),
        ("Festival", True),
        ("Dish", True),
        ("HotelName", True),
        ("loyaltyTier", True),
        # Spanish puts the head first: a loyalty level.
        ("NivelFidelidad", True),
        # Brands, mascots, characters and shops in other languages.
        ("Marca", True),
        ("Mascota", True),
        ("Personaje", True),
        ("loja", True),
        # A product's attributes: colours, styles and collections named after people.
        ("Colour", True),
        ("color_name", True),
        ("collection", True),
        # Famous names: a landmark's, a vehicle's make, a holiday calendar's, a namesake.
        ("Landmark", True),
        ("make", True),
        ("Namensgeber", True),
        # ... and as English says it, in two words: what a thing is named after or for.
        ("namedAfter", True),
        ("named_for", True),
        ("NamedBy", False),
        ("Eponym", True),
        # Ports, ships and plant varieties named after people ("Tommy Atkins").
        ("HomePort", True),
        ("Harbour", True),
        ("PortManager", False),
        ("VesselName", True),
        ("ship", True),
        ("ShipOwner", False),
        ("Variety", True),
        ("cultivar_name", True),
        # Routes, trophies and songs.
        ("Route", True),
        ("RouteDriver", False),
        ("trophy_name", True),
        ("song", True),
        ("track_name", True),
        # A type, a kind, a category or a class: "roomType": "Junior Suite".
        ("roomType", True),
        ("Category", True),
        ("ClassTeacher", False),
        ("Maskot", True),
        ("calendar", True),
        ("CalendarOwner", False),
        ("StyleOwner", False),
        ("CampaignOwner", False),
        # The head word is last: an owner of a product, a manager of a store.
        ("ProductOwner", False),
        ("StoreManager", False),
        ("brand_contact", False),
        # Words whose values are often named after their owner, or hold one.
        ("Model", False),
        ("Title", False),
        ("Item", False),
        ("Address", False),
        ("Owner", False),
        ("Name", False),
        ("", False),
    ],
)
def test_names_a_thing(key: str, expected: bool) -> None:
    assert names_a_thing(key) is expected


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("oncall", "dlee"),
        ("on-call", "jsmith"),
        ("Requester", "hamza el idrissi"),
        ("Owner", "rhiannon.pryce-jones"),
        ("operatorName", "søren kierkegaard-holm"),
        ("Owners", "Cliff Mbeki and Dawn Ferreira"),
        ("Owner", "Adébáyọ̀ Ọláwálé"),
        ("ReviewedBy", "Sigríður Jónsdóttir"),
        ("titular", "María José Santos Peña"),
        ("Owner", "alice"),
        # "attn", and "by" in the languages of the labels we read.
        ("attn", "eilidh_macleod"),
        ("Godkänt-av", "egle_vaitkeviciute"),
        # Roles beyond staff and owners; who is on a rota.
        ("interpreter", "LOR, Pheng"),
        ("Translator", "Adébáyọ̀ Ọláwálé"),
        ("nurseOnDuty", "Sigríður Jónsdóttir"),
        ("on_shift", "dlee"),
        # An initial and a long surname shaped as its language's.
        ("created-by", "gergashev"),
        # A listed given name and initials, as companies make user names: the
        # surname's initial after it, a Vietnamese surname's and middle name's
        # initials after a given name of one syllable, an initial before it.
        ("CreatedBy", "rinik"),
        ("USER_ID", "kittipongj"),
        ("reviewer", "agnieszkaw"),
        ("owner", "phuclh"),
        ("assignee", "huydq"),
        ("requester", "afaizal"),
        # A Chinese name in pinyin run together, surname first.
        ("CREATED_BY", "xieyutong"),
        ("owner", "huanglihua"),
        # Guests, passengers and visitors.
        ("guestName", "Dorina Çela"),
        ("passenger", "Fatjon Dervishi"),
        # A user name of lower-case words that no list holds and no language
        # in Latin letters uses as a common word.
        ("Approver", "faadumo_xuseen"),
        ("owner", "biret.marja.eira"),
        # A surname alone that is no English word nor place.
        ("Owner", "wahyuni"),
        ("storeManager", "Wulandari"),
        # A CJK name under a person's key: a listed surname first, the given
        # name an open class; keys in CJK scripts that file a person.
        ("Owner", "张伟强"),
        ("author", "梁靜儀"),
        ("担当者", "陳大文"),
        ("Owner", "伊藤 さくら"),
        ("Owner", "김민준"),
        # A script without capitals under a key in Latin letters: a nickname,
        # a given name, a given name and a surname.
        ("Owner", "พลอย"),
        ("courier_name", "กัญญารัตน์ บุญมา"),
        ("Owner", "رضا قربانپور"),
        # ... after initials of the script; one long word where words are
        # spaced and common words known; three words where none is a common
        # word of its language; under a key that says the value is written in
        # the person's own script.
        ("Owner", "ப. செல்வராஜ்"),
        ("Owner", "மணிமேகலை"),
        ("Owner", "சுமதி ராஜேந்திரன் பிள்ளை"),
        ("OwnerNative", "সুমন চক্রবর্তী"),
        ("landlord", "ראובן בן שמעון"),
        # A key filing a part of a name: first, last, family or full.
        ("first_name", "Kadeen"),
        ("LastName", "Xiloj Tum"),
        ("Nachname", "Weißhaupt"),
        ("apellidos", "Quispe Mamani"),
        ("fullName", "Oneil Shakespeare"),
        # Roles in other languages: a co-operative's member, a client, a driver.
        ("cliente", "Nahuel Calfucura Painequeo"),
        ("socio", "Luis Fernando Arango Zuluaga"),
        ("Fahrer", "Bo Frederiksen"),
        ("farmer", "Jean Paul Nshimiyimana"),
        # Swahili's farmer and supervisor.
        ("Mkulima", "Wairimu"),
        ("Msimamizi", "Chepkoech"),
        # Who a thing is assigned or escalated to; a contractor, a rider, a
        # chat handle's key; a deputy and an adviser in German and Spanish.
        ("assignedTo", "Sjoukje Dijkstra"),
        ("escalation", "Urs Wüthrich"),
        ("contractor", "Tyler Brennan"),
        ("rider", "thandar.hlaing"),
        ("slack", "Xabier Arrieta"),
        ("Vertretung", "Till Oestreich"),
        ("asesor", "Wisline Jean-Baptiste"),
        # Who analyses, plans, designs, leads or oversees; an owner in Afrikaans
        # and Zulu; a head, a manager or a seller in five other languages.
        ("Analyst", "Mwila Chilufya"),
        ("MineOverseer", "Ayanda Ntshona"),
        ("TechLead", "Sigríður Jónsdóttir"),
        ("poc", "faadumo_xuseen"),
        ("DataProtectionOfficer", "Urs Wüthrich"),
        ("Eienaar", "Adébáyọ̀ Ọláwálé"),
        ("Umnikazi", "faadumo_xuseen"),
        ("Gerente", "Luis Fernando Arango Zuluaga"),
        ("Leiterin", "Sjoukje Dijkstra"),
        ("responsable_referente", "Wisline Jean-Baptiste"),
        # A given name and an initial; initials before a surname; names in camel case.
        ("Contact", "Fitri S."),
        ("Owner", "JF Gagnon"),
        ("pharmacist", "NegarRezaei"),
        # A capitalized given name alone, barely a word and no place.
        ("Owner", "Priya"),
        ("technician", "Agus"),
        # Capitalized words English barely uses (one no English word at all),
        # with initials or lower-case particles among them.
        ("Eienaar", "Thabo Mofokeng"),
        ("modeler", "Xoán Outeiro"),
        ("RequestedBy", "W. A. Nimali Gunawardena"),
        ("author", "Kiprono arap Korir"),
        # An initial before or after a word English barely uses; a user name of
        # an initial, a dot and a word no dictionary here holds.
        ("auteur", "S. Assi"),
        ("owner", "F.Gumbo"),
        ("reviewedBy", "m.szczesna"),
        # Lower-case words written apart, as names typed in haste.
        ("author", "mwila chilufya"),
        ("Requester", "mulalo ṋemudzivhadi"),
        # Roles in Portuguese and English that are always people.
        ("Responsável", "Uxía Castro"),
        ("cashier", "Thandar Hlaing"),
        ("Franchisee", "Priya Ganesan"),
        # A shift's boss; a label that announces a person in prose, before a
        # listed name.
        ("Shift boss", "munyaradzi chikore"),
        ("ügyintéző", "győri gergő"),
        ("Verantwortlich", "Frederiksen, Bo"),
        # In another script, one word shaped as surnames are (Kazakh "-ұлы", son of).
        ("Installer", "Ғалымжан Серікұлы Омаров"),
        # A key in one script (Hebrew, Korean) over a name in another, without
        # capitals, as a key in Latin letters announces it.
        ("אחראי", "مهدی رضایی"),
        ("담당", "สมศรี"),
        # Burmese names have no surname and run their syllables together, a
        # title before them perhaps: U Aung Kyaw, Zaw Min Htun, Daw Aung San Suu Kyi.
        ("Owner", "ဦးအောင်ကျော်"),
        # A surname's particle glued in camel case is no English word glued so.
        ("customer", "ZainabAlKhafaji"),
        ("owner", "SionApIorwerth"),
        ("Owner", "ဇော်မင်းထွန်း"),
        ("Approver", "ဒေါ်အောင်ဆန်းစုကြည်"),
        # Who approves, reviews, requests, stands in, advises or benefits, in
        # other languages; "by" in Afrikaans.
        ("Backup", "Tendai Moyo"),
        ("Aprobadora", "QUISPE MAMANI Rosa"),
        ("Revisor", "Mariela Condori"),
        ("Beneficiária", "Ana Beatriz Souza"),
        ("Stellvertreterin", "Jutta Weißhaupt"),
        ("Opiekun", "Zofia Wrzesińska"),
        ("Goedgekeur deur", "thandeka mbeki"),
        # Under a role only a person fills, one word no list knows with a
        # name's letters (as after "tech:" in a text).
        ("tech", "msyafiq"),
        ("DataSteward", "Nakato"),
        ("vertretung", "sweisshaupt"),
        ("rider", "Sugiarto"),
        # ... and several words, each a listed name or no dictionary's word, even
        # where a listed name is also an English word ("Hang").
        ("interpreter", "HANG, Ka"),
        ("driver", "Hang Pa"),
        # Owner, manager, whoever is responsible, in Uzbek, Georgian, Hebrew,
        # Amharic, Zulu, Luganda and Indonesian.
        ("Javobgar", "Dilnoza Karimova"),
        ("პასუხისმგებელი", "Айзада Нурланова"),
        ("בעלים", "رضا قربانپور"),
        ("ኃላፊ", "Chaltu Gemechu"),
        ("Umphathi", "thandeka mbeki"),
        ("Mwine", "Gumbo Farai"),
        ("Pemilik", "Rini Kusumawati"),
        # Spanish roles: operator, assignee, overseer.
        ("operador", "zapana.hipolito"),
        ("asignado", "sumaq.flores"),
        ("veedor", "Wayra Ccopa Tito"),
        # Surname first, a surname of three letters or fewer the lists lack
        # but the census knows (Vietnamese, Hokkien, Korean).
        ("Owner", "dao-minh"),
        ("Owner", "ong-hui"),
        ("Owner", "oh-minji"),
        ("Owner", "vo-linh"),
        # A given name and a surname people are very often called, which a
        # place bears too (Pedro Gomes, a Brazilian town; Diego Garcia, an atoll).
        ("Owner", "Pedro Gomes"),
        ("kontakt", "Diego Garcia"),
    ],
)
def test_person_by_key(key: str, value: str) -> None:
    assert person_by_key(key, value) == (0, len(value))


@pytest.mark.parametrize(
    ("key", "value", "name"),
    [
        ("installer", "Lachlan_57024", "Lachlan"),
        ("courier", "Maria Garcia #4471", "Maria Garcia"),
        ("Owner", "jdoe-e1234", "jdoe"),
        # A contact's phone number after the name.
        ("Contact", "Nadeesha Perera +91-8111931075", "Nadeesha Perera"),
    ],
)
def test_an_employee_number_after_the_name_is_left_out(key: str, value: str, name: str) -> None:
    assert person_by_key(key, value) == (0, len(name))


@pytest.mark.parametrize(
    ("key", "value"),
    [
        # A number after a word: the word is no employee number's "e" ("store"
        # is a word, so the whole value is no name here).
        ("Owner", "Jane Smith store 12"),
        ("Owner", "Dawn Ferreira storage 31"),
    ],
)
def test_a_number_after_a_word_takes_none_of_its_letters(key: str, value: str) -> None:
    span = person_by_key(key, value)
    assert span is None or value[span[1] : span[1] + 1] in ("", " ")


def test_a_labelled_name_before_a_numbered_word_is_found_whole(scrubber: Scrubber) -> None:
    text = "Owner: Jane Smith store 12"
    assert [text[f.start : f.end] for f in scrubber.scan_text(text, "description")] == [
        "Jane Smith"
    ]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        # Teams, tools and placeholders under a person's key.
        ("Owner", "growth"),
        ("Owner", "iot-fleet"),
        ("Owner", "data-platform"),
        ("Owner", "sre"),
        ("Owner", "Platform Team"),
        # A word that reads as an initial and a surname ("flota": f. Lota) is a
        # user name alone, never beside another word: a team's.
        ("Owner", "equipo-flota"),
        ("Owner", "soporte-flota"),
        ("Owner", "noc-dakar"),
        ("Owner", "unknown"),
        ("Owner", "n/a"),
        ("ManagedBy", "terraform"),
        ("Owner", "checkov"),  # a tool; "-ov" on a short surname does not count
        ("CreatedBy", "jenkins"),  # a surname alone may be a tool's
        ("Owner", "Grace"),  # a given name that is mostly a word, alone
        # A capitalized word no list holds: a tool's, or a word of another language.
        ("ManagedBy", "Grafana"),
        ("Owner", "Karbantartás"),
        ("Owner", "Finance"),
        ("Manager", "argo"),  # a rare given name alone: a tool as often
        # Letters after a given name that are no initials: a tool's suffix, a
        # common word's ending, letters after a name of more than one syllable,
        # a vowel; brands that read as a pinyin surname and one syllable.
        ("maintainer", "argocd"),
        ("Owner", "finops"),
        ("ManagedBy", "mariadb"),
        ("Owner", "cassandradb"),
        ("user", "mongo"),
        ("vendor_owner", "baidu"),
        ("Owner", "huawei"),
        ("Owner", "Zamora"),  # a surname alone that is a place's name too
        # Under keys that may file a company or a post: a payee, a payer, a cashier's till.
        ("payee", "Bupa Arabia"),
        ("cashier", "HAN-0067"),
        # Under a role's key, no name: a runbook, a post, a team, a tool.
        ("TechLead", "platform team"),
        ("Analyst", "Grafana Labs"),
        ("Architect", "terraform"),
        ("escalation", "rusty runbook"),
        ("Verantwortlich", "Schichtleiter Nord"),
        ("Owner", "vertrieb"),  # a team's name in another language: in no list
        ("Owner", "equipo_pagos"),  # ... or of two words of another language
        ("ManagedBy", "renovate-bot"),  # a bot's account
        ("Owner", "jenkins-bot"),
        ("Owner", "datos_maestros"),
        ("Owner", "team-vertrieb"),
        ("Owner", "Victoria Gardens"),
        ("Owner", "ops@example.com"),  # an address: the email recognizer's
        ("Owner", "team-42"),  # a numbered team
        ("agent", "cloudwatch-agent"),
        ("tech", "kubernetes"),
        # A key whose head is no person.
        ("OwnerTeam", "Maria Garcia"),
        ("OnCallPhone", "Maria"),
        ("Note", "hamza el idrissi"),
        ("DutyCycle", "Maria Garcia"),
        ("guest_wifi", "Maria Garcia"),
        ("ShiftPattern", "Maria Garcia"),
        ("interpreter", "python3"),
        ("interpreter", "Node Runtime"),
        # CJK: a team or department under a person's key, a name under another key.
        ("Owner", "数据团队"),
        ("Owner", "运营部"),
        ("Owner", "플랫폼팀"),
        ("Team", "张伟强"),
        ("备注", "张伟强"),
        # A long run of words in a script without capitals, a common word, a
        # name under a key that files none.
        ("Owner", "ฝ่ายบริการลูกค้า"),
        # ... in Burmese too: five syllables ("customer service") is no name, nor
        # a name under a key that files none.
        ("Owner", "ဖောက်သည်ဝန်ဆောင်မှု"),
        ("Team", "ဇော်မင်းထွန်း"),
        ("Owner", "ทีมข้อมูล"),
        ("Owner", "مرکز پشتیبانی"),
        ("Team", "พลอย"),
        ("BrandNative", "சுமதி ராஜேந்திரன்"),
        ("OwnerNative", "ฝ่ายบริการลูกค้า"),
        # Three words: one a common word ("support team"), or of a language
        # whose common words are not held ("cold room number eight").
        ("OwnerNative", "צוות תמיכה טכנית"),
        ("Owner", "ห้องเย็น หมายเลข แปด"),
        # A name's words, not a person's: a file's, a host's, a product's.
        ("file_name", "Kadeen"),
        ("first_aid", "Kadeen"),
        ("hostname", "Oneil Shakespeare"),
        ("product_name", "Oneil Shakespeare"),
        ("last_name", "unknown"),
        # Teams' and tools' coined names under a person's key: an acronym among
        # the words, an English word glued in camel case, a tool's capitalized
        # name that only reads as an initial and a surname in lower case.
        ("Ansprechpartner", "DL-Lager-Nord"),
        ("Owner", "Argo CD"),
        ("Msimamizi", "Kilimo Fresh Ltd"),
        ("oncall", "FinOps"),
        ("Owner", "DevTeam"),
        ("ManagedBy", "Gradle"),
        ("ManagedBy", "Kibana"),
        # A backup's schedule, service or store under "Backup".
        ("Backup", "daily"),
        ("Backup", "AWS Backup"),
        ("Backup", "Weekly Snapshot"),
        ("Backup", "s3://ops-backups/nightly/"),
        # Words of other languages: a shift manager in Polish, a maintenance team
        # and an energy manager in Turkish, a duty engineer in Ukrainian.
        ("Owner", "Kierownik Zmiany B"),
        ("Owner", "Bakım Ekibi"),  # noqa: RUF001 (Turkish dotless i)
        ("Owner", "Enerji Yöneticisi"),
        ("Owner", "черговий інженер"),
        # A word of English among them; a tool's name in lower case after an initial.
        ("Owner", "Grafana Labs"),
        ("reviewedBy", "k.config"),
        # A site's code, no staff number after a name; a town of two words.
        ("cashier", "HAN-0067"),
        ("kontakt", "Kota Kinabalu"),
        # A site or a shift named by a point of the compass.
        ("Verantwortlich", "Lager Süd"),
        # A role, or a department in another script.
        ("Owner", "Ενεργειακός Υπεύθυνος"),
        ("ответственный", "ОТДЕЛ КАДРОВ"),
        # Customer service in Thai, a support centre in Persian, under a key in
        # another script.
        ("담당", "ฝ่ายบริการลูกค้า"),
        ("אחראי", "مرکز پشتیبانی"),
        # One word no list knows under a keeper's key, which a tool, a team or a
        # firm fills as often as a person; a role filled by a trade's word.
        ("ManagedBy", "pulumi"),
        ("owner", "argocd"),
        ("Owner", "geotecnia"),
        ("maintainer", "argocd"),
        ("CreatedBy", "pulumi"),
        ("installer", "Energetician"),
        ("tech", "reconciler"),
        # Several words under a role's key: a placeholder, English or another
        # language's words (a team, a firm, a department).
        ("interpreter", "N/A"),
        ("tech", "Electrical Team"),
        ("driver", "Bolt Food"),
        ("supervisor", "Servicio Técnico"),
        # A team under an owner's key in other languages: data platform, the
        # finance department (Amharic), the operations team (Hebrew).
        ("Mwine", "data-platform"),
        ("ኃላፊ", "ፋይናንስ ክፍል"),
        ("בעלים", "צוות תפעול"),
        # A team's code and its site: a short word no list nor the census
        # holds before a given name that is no surname.
        ("Owner", "noc-manila"),
        ("owner", "sre_london"),
    ],
)
def test_not_person_by_key(key: str, value: str) -> None:
    assert person_by_key(key, value) is None


def test_person_in_labelled_prose(scrubber: Scrubber) -> None:
    text = "Owner: Adébáyọ̀ Ọláwálé; window Sat 02:00-04:00 UTC. Status: green"
    found = [
        (text[f.start : f.end], f.entity_type) for f in scrubber.scan_text(text, "description")
    ]
    assert ("Adébáyọ̀ Ọláwálé", "PERSON") in found
    assert all(entity != "PERSON" or span == "Adébáyọ̀ Ọláwálé" for span, entity in found)


def test_inline_pairs() -> None:
    text = (
        'EXCLUDE ItemID WHERE Items.BRAND IN ("Ralph Lauren", "Louis Vuitton") '
        'AND Items.CHARACTER = "Luke Skywalker"'
    )
    assert [(k, text[a:b]) for k, a, b in inline_pairs(text)] == [
        ("BRAND", "Ralph Lauren"),
        ("BRAND", "Louis Vuitton"),
        ("CHARACTER", "Luke Skywalker"),
    ]
    sql = "SELECT * FROM 'homes/+/thermostat' WHERE owner IN ('jdoe', 'asmith')"
    assert [(k, sql[a:b]) for k, a, b in inline_pairs(sql)] == [
        ("owner", "jdoe"),
        ("owner", "asmith"),
    ]
    # A query's key:value ends at the value's first space.
    query = "attributes.owner:kmensah OR attributes.owner:dsolberg"
    assert [(k, query[a:b]) for k, a, b in inline_pairs(query)] == [
        ("owner", "kmensah"),
        ("owner", "dsolberg"),
    ]
    document = '{"brand": "Calvin Klein", "buyer": "Maria Garcia"}'
    assert [(k, document[a:b]) for k, a, b in inline_pairs(document)] == [
        ("brand", "Calvin Klein"),
        ("buyer", "Maria Garcia"),
    ]
    # A log line's or a series id's key=value: one token each.
    log = "2026-03-11 WARN gw payer=tupou_fifita action=retry member_state=Otago, n=3"
    assert [(k, log[a:b]) for k, a, b in inline_pairs(log)] == [
        ("payer", "tupou_fifita"),
        ("action", "retry"),
        ("member_state", "Otago"),
    ]


def test_a_path_segment_s_pair_ends_with_the_segment(scrubber: Scrubber) -> None:
    # A Hive-style partition: the value ends at the next "/", not over the
    # next partition's key ("zoltan_kowal/dt").
    path = "s3://exports/owner=zoltan_kowal/dt=2024-10-18/part-0000.csv"
    assert [(k, path[a:b]) for k, a, b in inline_pairs(path)][:1] == [("owner", "zoltan_kowal")]
    params = {
        "DatasetImportJobName": "daily_import",
        "DatasetArn": "arn:aws:forecast:us-east-1:123456789012:dataset/sales",
        "DataSource": {
            "S3Config": {"Path": path, "RoleArn": "arn:aws:iam::123456789012:role/forecast"}
        },
    }
    result = scrubber.scrub(
        params, service="forecast", operation="CreateDatasetImportJob", mode="redact"
    )
    rewritten = result.params["DataSource"]["S3Config"]["Path"]
    assert "zoltan" not in rewritten and "kowal" not in rewritten
    assert rewritten.startswith("s3://exports/owner=")
    assert rewritten.endswith("/dt=2024-10-18/part-0000.csv")
    # A log line's value is one token, slashes and all: no segment to end.
    log = "GET user=jdoe path=/reports/q3 status=200"
    assert ("path", "/reports/q3") in [(k, log[a:b]) for k, a, b in inline_pairs(log)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The recognizer finds the given name; the key vouches for the word
        # after it ("Deep", "More": English words) as the surname.
        ("s3://exports/owner=gautami_deep/dt=2024-10-18/", "gautami_deep"),
        ("2026-03-11 WARN sync owner=jacob.more retry=3", "jacob.more"),
    ],
)
def test_a_name_in_part_of_a_person_s_keyed_identifier_covers_it(
    scrubber: Scrubber, text: str, name: str
) -> None:
    found = [
        text[f.start : f.end] for f in scrubber.scan_text(text, "url") if f.entity_type == "PERSON"
    ]
    assert found == [name]


def test_a_person_keyed_in_a_log_line(scrubber: Scrubber) -> None:
    text = "f6fe28f6 call_queue=Manila-Billing,region=Otago,subscriber=ana_tewhataroa"
    found = [(text[f.start : f.end], f.entity_type) for f in scrubber.scan_text(text, "name")]
    assert found == [("ana_tewhataroa", "PERSON")]
    # A company, a team or a tool is none.
    for clean in ("payer=BlueCross plan=gold", "owner=data-platform team=growth"):
        assert scrubber.scan_text(clean, "description") == [], clean


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A value read out of a text is taken to the whole name: a listed
        # surname in capitals after a query-style key's one token.
        ("approver:Meron ASSEFA", "Meron ASSEFA"),
        # ... not over the query's next term.
        ("owner:kmensah AND thingTypeName:BeachKiosk", "kmensah"),
    ],
)
def test_a_keyed_name_in_a_text_is_found_whole(scrubber: Scrubber, text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in scrubber.scan_text(text, "description")]
    assert found == [name]


def _persons(scrubber: Scrubber, params: dict[str, Any], service: str, operation: str) -> set[str]:
    result = scrubber.scrub(params, service=service, operation=operation, mode="report")
    return {f.path for f in result.findings if f.entity_type == "PERSON"}


def test_tag_keys(scrubber: Scrubber) -> None:
    params = {
        "DatasetGroupName": "retail_demand",
        "Domain": "RETAIL",
        "Tags": [
            {"Key": "Brand", "Value": "Calvin Klein boxer briefs"},
            {"Key": "Character", "Value": "Harry Potter wand replica"},
            {"Key": "Street", "Value": "Baker Street"},
            {"Key": "Owner", "Value": "Maria Garcia"},
            {"Key": "ProductOwner", "Value": "Grace Okonkwo"},
            {"Key": "Note", "Value": "Calvin Klein boxer briefs"},
        ],
    }
    assert _persons(scrubber, params, "forecast", "CreateDatasetGroup") == {
        "Tags[3].Value",
        "Tags[4].Value",
        "Tags[5].Value",
    }


def test_festivals_dishes_and_tiers_under_their_keys(scrubber: Scrubber) -> None:
    """Festivals, dishes and loyalty tiers named after people or gods are things
    under their keys; the same words under a person's key are still a name."""
    params = {
        "DatasetGroupName": "festive_demand",
        "Domain": "RETAIL",
        "Tags": [
            {"Key": "Festival", "Value": "Krishna Janmashtami"},
            {"Key": "Dish", "Value": "Chole Bhature"},
            {"Key": "loyaltyTier", "Value": "Viva Prata"},
            {"Key": "Owner", "Value": "Krishna Patel"},
        ],
    }
    assert _persons(scrubber, params, "forecast", "CreateDatasetGroup") == {"Tags[3].Value"}


def test_famous_names_under_their_keys(scrubber: Scrubber) -> None:
    """A landmark's namesake, a vehicle's make, a mascot and a holiday calendar
    hold famous names, not customers'; the same names under an owner's key stay names."""
    params = {
        "DatasetGroupName": "landmark_demand",
        "Domain": "RETAIL",
        "Tags": [
            {"Key": "Landmark", "Value": "Gopinath Bordoloi"},
            {"Key": "make", "Value": "Johnson Matthey"},
            {"Key": "Maskot", "Value": "Pelle Svanslös"},
            {"Key": "calendar", "Value": "Lakshmi Puja"},
            {"Key": "namedAfter", "Value": "Srinivasa Ramanujan"},
            {"Key": "Owner", "Value": "Gopinath Bordoloi"},
        ],
    }
    assert _persons(scrubber, params, "forecast", "CreateDatasetGroup") == {"Tags[5].Value"}


def test_map_and_property_keys(scrubber: Scrubber) -> None:
    params = {
        "workspaceId": "retail",
        "entityName": "store-12",
        "components": {
            "Merch": {
                "componentTypeId": "com.example.merch",
                "properties": {
                    "character": {"value": {"stringValue": "Luke Skywalker figure"}},
                    "buyer": {"value": {"stringValue": "Maria Garcia"}},
                },
            }
        },
    }
    found = _persons(scrubber, params, "iottwinmaker", "CreateEntity")
    # "Merch" is no common word, so the path shows that key by position.
    assert found == {'components[#0].properties["buyer"].value.stringValue'}


def test_a_display_name_labels_its_entry(scrubber: Scrubber) -> None:
    """A property named "custodian" files a person in its default value, not in
    its display name: "ኃላፊ" (Amharic's "person in charge") labels it."""
    params = {
        "workspaceId": "coldchain",
        "componentTypeId": "com.example.reefer",
        "propertyDefinitions": {
            "custodian": {"dataType": {"type": "STRING"}, "displayName": "ኃላፊ"},
            "keeper": {
                "dataType": {"type": "STRING"},
                "defaultValue": {"stringValue": "ብሩክ ታደሰ"},
            },
        },
    }
    found = _persons(scrubber, params, "iottwinmaker", "CreateComponentType")
    assert found == {'propertyDefinitions["keeper"].defaultValue.stringValue'}


def _metric_set(filters: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "AnomalyDetectorArn": "arn:aws:lookoutmetrics:us-east-1:111122223333:AnomalyDetector:ad",
        "MetricSetName": "sales",
        "MetricList": [{"MetricName": "revenue", "AggregationFunction": "SUM"}],
        "DimensionList": ["brand", "customer", "account_id"],
        "DimensionFilterList": filters,
        "MetricSource": {},
    }


def test_dimension_filters(scrubber: Scrubber) -> None:
    """A dimension filter's name is the key of its values: a brand dimension holds
    brands; a customer dimension people; and an account_id dimension of the
    caller's data their customers' accounts, not AWS account ids."""
    params = _metric_set(
        [
            {"Name": "brand", "FilterList": [{"DimensionValue": "Martha Stewart cookware"}]},
            {"Name": "customer", "FilterList": [{"DimensionValue": "Martha Stewart"}]},
            {"Name": "account_id", "FilterList": [{"DimensionValue": "799133852500"}]},
        ]
    )
    result = scrubber.scrub(
        params, service="lookoutmetrics", operation="CreateMetricSet", mode="report"
    )
    found = {(f.path, f.entity_type) for f in result.findings}
    assert found == {
        ("DimensionFilterList[1].FilterList[0].DimensionValue", "PERSON"),
        ("DimensionFilterList[2].FilterList[0].DimensionValue", "ACCOUNT_NUMBER"),
    }


def test_a_road_under_a_persons_dimension_is_no_person(scrubber: Scrubber) -> None:
    """Korean and Japanese roads are named with their type after the name, joined
    by a hyphen ("Toegye-ro", "Sejong-daero"): a road, whatever key files it."""
    params = _metric_set(
        [
            {
                "Name": "line_lead",
                "FilterList": [
                    {"DimensionValue": "Hyunwoo Namkoong"},
                    {"DimensionValue": "Toegye-ro"},
                    {"DimensionValue": "Sejong-daero"},
                ],
            }
        ]
    )
    result = scrubber.scrub(
        params, service="lookoutmetrics", operation="CreateMetricSet", mode="report"
    )
    assert {f.path for f in result.findings} == {
        "DimensionFilterList[0].FilterList[0].DimensionValue"
    }


def _alert(filters: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "AlertName": "drop",
        "AlertSensitivityThreshold": 50,
        "AnomalyDetectorArn": "arn:aws:lookoutmetrics:us-east-1:111122223333:AnomalyDetector:ad",
        "Action": {
            "SNSConfiguration": {
                "RoleArn": "arn:aws:iam::111122223333:role/r",
                "SnsTopicArn": "arn:aws:sns:us-east-1:111122223333:t",
            }
        },
        "AlertFilters": {"DimensionFilterList": filters},
    }


def test_a_user_name_is_a_person_under_any_key(scrubber: Scrubber) -> None:
    """A store dimension holds stores named after people ("Paul Hewitt"), but a
    user name there is someone's ("h.tanaka", a handle's "@signe.brondum"): no
    store is written so."""
    values = ["Paul Hewitt", "h.tanaka", "@signe.brondum"]
    params = _alert([{"DimensionName": "store", "DimensionValueList": values}])
    assert _persons(scrubber, params, "lookoutmetrics", "CreateAlert") == {
        "AlertFilters.DimensionFilterList[0].DimensionValueList[1]",
        "AlertFilters.DimensionFilterList[0].DimensionValueList[2]",
    }


def test_dimension_names_say_what_numbers_are(scrubber: Scrubber) -> None:
    """A short number is a customer's account under a customer-account dimension,
    and an order's under an order dimension."""
    params = _metric_set(
        [
            {"Name": "customer_account", "FilterList": [{"DimensionValue": "33456609"}]},
            {"Name": "order_id", "FilterList": [{"DimensionValue": "33456609"}]},
        ]
    )
    result = scrubber.scrub(
        params, service="lookoutmetrics", operation="CreateMetricSet", mode="report"
    )
    found = {(f.path, f.entity_type) for f in result.findings}
    assert found == {("DimensionFilterList[0].FilterList[0].DimensionValue", "ACCOUNT_NUMBER")}


def test_alert_dimension_values(scrubber: Scrubber) -> None:
    params = _alert(
        [
            {"DimensionName": "brand", "DimensionValueList": ["Calvin Klein boxer briefs"]},
            {"DimensionName": "buyer", "DimensionValueList": ["Calvin Klein"]},
        ]
    )
    assert _persons(scrubber, params, "lookoutmetrics", "CreateAlert") == {
        "AlertFilters.DimensionFilterList[1].DimensionValueList[0]"
    }


def test_filter_expression_literals(scrubber: Scrubber) -> None:
    """Only literals a brand column files are brands; a name elsewhere in the
    expression, or under another column, is still found."""
    for expression, found in [
        ('EXCLUDE ItemID WHERE Items.BRAND IN ("Ralph Lauren", "Louis Vuitton")', False),
        ('INCLUDE ItemID WHERE Items.BRAND = "Ted Baker"', False),
        ('EXCLUDE ItemID WHERE Items.COLOUR IN ("Ivory Rose", "Golden Brown")', False),
        ('EXCLUDE ItemID WHERE Items.STYLIST IN ("Ralph Lauren")', True),
        (
            'EXCLUDE ItemID WHERE Items.BRAND IN ("Ted Baker") AND Items.BUYER IN ("Maria Garcia")',
            True,
        ),
        ('INCLUDE ItemID WHERE Items.CURATED_BY IN ("eleanor.whitcombe")', True),
        ('INCLUDE ItemID WHERE Items.ARTISAN IN ("Leilani Kahananui")', True),
    ]:
        params = {
            "name": "brands",
            "datasetGroupArn": "arn:aws:personalize:us-east-1:111122223333:dataset-group/retail",
            "filterExpression": expression,
        }
        assert bool(_persons(scrubber, params, "personalize", "CreateFilter")) is found, expression


def test_person_in_sql_and_queries(scrubber: Scrubber) -> None:
    """A person's key in IoT SQL or a fleet-index query files its value; a
    team's name under the same key does not become a person."""
    for text, expected in [
        ("SELECT * FROM 'homes/+/thermostat' WHERE owner = 'jdoe'", ["jdoe"]),
        ("attributes.owner:kmensah OR attributes.site:lagos", ["kmensah"]),
        ("SELECT * FROM 'homes/+/thermostat' WHERE owner = 'data-platform'", []),
    ]:
        found = scrubber.scan_text(text, "description")
        assert [text[f.start : f.end] for f in found if f.entity_type == "PERSON"] == expected


def test_keys_that_stand_apart_from_their_values() -> None:
    """A key above its value (a template parameter's default, a property's
    value), beside it in a list of named values, or after it as an alias."""
    template = (
        '{"Parameters": {"CustomerName": {"Type": "String", "Default": "Boitumelo Motsumi"}}}'
    )
    assert ("CustomerName", "Boitumelo Motsumi") in [
        (k, template[a:b]) for k, a, b in inline_pairs(template)
    ]
    twin = '{"properties": {"owner": {"value": {"stringValue": "n.maluleke"}}}}'
    assert ("owner", "n.maluleke") in [(k, twin[a:b]) for k, a, b in inline_pairs(twin)]
    tags = '[{"Key": "Owner", "Value": "Tsakani Chauke"}, {"Key": "Team", "Value": "ops"}]'
    assert [(k, tags[a:b]) for k, a, b in inline_pairs(tags) if k not in ("Key", "Value")] == [
        ("Owner", "Tsakani Chauke"),
        ("Team", "ops"),
    ]
    sql = "SELECT *, 'Zahra' AS oncall, temp AS t FROM 'velora/tram/+/alarm'"
    assert ("oncall", "Zahra") in [(k, sql[a:b]) for k, a, b in inline_pairs(sql)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '{"Parameters": {"CustomerName": {"Type": "String", "Default": "Nyiko Maluleke"}}}',
            "Nyiko Maluleke",
        ),
        ('{"Tags": [{"Key": "Owner", "Value": "kmensah"}]}', "kmensah"),
        (
            '{"properties": {"owner": {"value": {"stringValue": "Boitumelo Motsumi"}}}}',
            "Boitumelo Motsumi",
        ),
        ("SELECT *, 'Zahra' AS oncall FROM 'velora/tram/+/alarm'", "Zahra"),
        # A web server's access log: the user who signed in, before the time.
        (
            '10.47.242.176 - adeshpande [12/Mar/2025:10:01:22 +0000] "GET /api/v1 HTTP/1.1" 200',
            "adeshpande",
        ),
        (
            '::1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
            "frank",
        ),
    ],
)
def test_a_person_under_a_key_apart(scrubber: Scrubber, text: str, name: str) -> None:
    found = [(text[f.start : f.end], f.entity_type) for f in scrubber.scan_text(text, "free_text")]
    assert found == [(name, "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        # A thing's key, a team, a service account: no person.
        '{"Parameters": {"Brand": {"Type": "String", "Default": "Calvin Klein"}}}',
        '{"Tags": [{"Key": "Owner", "Value": "data-platform"}]}',
        "SELECT *, 'Marketing' AS department FROM 'a/b'",
        '10.0.0.1 - svc-backup [12/Mar/2025:10:01:22 +0000] "GET / HTTP/1.1" 200',
        '127.0.0.1 - - [12/Mar/2025:10:01:22 +0000] "GET / HTTP/1.1" 200',
        # A time's seconds and its zone are no phone number.
        "restarted at 13:55:36 -0700 after the upgrade",
    ],
)
def test_no_person_under_a_key_apart(scrubber: Scrubber, text: str) -> None:
    assert scrubber.scan_text(text, "free_text") == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Pairs a delimiter parts: the value runs to the delimiter, spaces and all.
        ("dma=DMA-764|customer=Iain Mac a' Phearsain", "Iain Mac a' Phearsain"),
        ("agent=INGABIRE Divine|centre=Mukono", "INGABIRE Divine"),
        ("site=Rubavu; owner=Tsakani Chauke; shift=B", "Tsakani Chauke"),
    ],
)
def test_a_delimited_pair_s_value_holds_spaces(scrubber: Scrubber, text: str, name: str) -> None:
    found = [(text[f.start : f.end], f.entity_type) for f in scrubber.scan_text(text, "name")]
    assert found == [(name, "PERSON")]


def test_a_delimited_pair_names_no_one_under_a_team_s_key(scrubber: Scrubber) -> None:
    for text in ("region=Otago|team=Billing Ops", "store=Kiosk Marloes|dma=DMA-7"):
        assert scrubber.scan_text(text, "name") == [], text
    # Space-parted pairs of a log line keep one token each.
    log = "payer=tupou_fifita action=retry member_state=Otago, n=3"
    assert ("payer", "tupou_fifita") in [(k, log[a:b]) for k, a, b in inline_pairs(log)]


def test_a_property_named_in_a_query_files_a_person(scrubber: Scrubber) -> None:
    """TwinMaker's query names the property in one term and gives its value in
    the next: a person's property files the value as a name, whatever it is."""
    query = (
        "SELECT e FROM EntityGraph MATCH (e), e.components AS c, c.properties AS p"
        " WHERE p.propertyName = '{}' AND p.propertyValue = 'budiman'"
    )
    found = scrubber.scan_text(query.format("siteManager"), "free_text")
    assert [(f.entity_type, f.end - f.start) for f in found] == [("PERSON", len("budiman"))]
    assert scrubber.scan_text(query.format("firmwareChannel"), "free_text") == []
