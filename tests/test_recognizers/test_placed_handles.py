"""Where a handle sits in a path says whose it is: beside a person's own
machine, before their sandbox or test ("client/awhite-laptop",
"tablet-bosmonaliev", "budiman-sandbox"), in a
folder of people ("agents/snalwanga/"),
after a data-subject request's word ("rgpd/suppressions/.../ibrahima_mbodj_22177.csv")
or after "for" with a listed name ("fc_for_joost_garage"), before what
only a person does with a listed name among its words ("JJObi owns the
view"; not a bot's, "argocd confirmed sync"). The same words
before a thing's or a trade's word, an English word made longer, code's words
after a verb or after "for" ("erase_typevars", "na_value_for_dtype") name no one."""

from __future__ import annotations

import pytest
from recognizer_tables import person_spans, spans_found

from scrubber import Scrubber

HANDLES = [
    # before the owner's machine
    ("arn:aws:iot:ap-southeast-2:264019837753:client/jtjungurrayi-laptop", "jtjungurrayi"),
    ("arn:aws:iot:ap-southeast-4:418273650912:client/awhite-laptop", "awhite"),
    ("OTA stream cabin sensors (built on aminudanjuma-laptop)", "aminudanjuma"),
    ("s3://raw/manual/from_CheaSopheap_laptop/REP-0003.parquet", "CheaSopheap"),
    ("arn:aws:iot:us-west-2:444455556666:thing/viyer-devkit", "viyer"),
    ("client/ops-laptop-sabine-weisshaupt", "sabine-weisshaupt"),
    # before or after the owner's phone or tablet
    ("arn:aws:iot:eu-west-1:444455556666:thing/tablet-bosmonaliev", "bosmonaliev"),
    ("client/phone_wanjiku_otieno", "wanjiku_otieno"),
    ("thing/kamande-iphone", "kamande"),
    # before the owner's sandbox or scratch space, up to its first such word
    ("budiman-sandbox", "budiman"),
    ("ops_tkariuki_sandbox_2024", "tkariuki"),
    ("s3://fc-raw/tmp/wanjiru-kamau-scratch/orders.csv", "wanjiru-kamau"),
    ("arn:aws:iot:us-west-2:444455556666:thing/jdoe-laptop-test", "jdoe"),
    # before a test's resource, with a listed name among the handle's words
    ("arn:aws:lookoutmetrics:eu-west-1:123456789012:AnomalyDetector:adama-zongo-test", "adama"),
    ("app-events-kittipongj-test", "kittipongj"),
    ("thing/fitness-afaizal-watch", "afaizal"),
    # before what only a person does, with a listed name among its words
    ("JJObi owns the Athena view now", "JJObi"),
    ("release 4.2: kmensah approved the change", "kmensah"),
    # in a folder of people
    ("s3://kf-lookout-eu/agents/snalwanga/{{yyyyMMdd}}", "snalwanga"),
    ("socios/egayle/#", "egayle"),
    ("s3://kf-forecast-eu/outgrowers/bmushi/series_subset.csv", "bmushi"),
    ("s3://raw/vip_customers/Cossa_Arsenio.csv", "Cossa_Arsenio"),
    # a person's erasure request, past the request's own words and the file's type
    ("s3://reco/rgpd/suppressions/2024-12/ibrahima_mbodj_221772290769.csv", "ibrahima_mbodj"),
    ("s3://p13n/popia-erasure/POPIA-2024-6251_lesiba_masilo.csv", "lesiba_masilo"),
    ("s3://pz/supresion/solicitud_ARCO_amaya_sucasaire.csv", "amaya_sucasaire"),
    ("s3://pdpa/erasure/chea_sopheap_request_2025-02-25.csv", "chea_sopheap"),
    # whom a resource is for
    ("fc_for_joost_garage_kleinhueningen", "joost"),
    ("s3://personalize-exports/para_killa_condori/", "killa_condori"),
    ("erklaerung_fuer_prof_oeztuerk", "oeztuerk"),
]


@pytest.mark.parametrize(("text", "handle"), HANDLES)
def test_where_a_handle_sits_names_its_person(scrubber: Scrubber, text: str, handle: str) -> None:
    found = spans_found(scrubber, text)
    # (a word no list holds after the handle may be read as its surname: "viyer-devkit")
    assert any(entity == "PERSON" and handle in span for entity, span in found), found


NO_ONE = [
    # a bot's or a tool's name before what a person would do; an acronym's
    "CI: argocd confirmed sync, mergify approved",
    "sonarqube approved; codecov confirmed coverage",
    "snyk confirmed no issues",
    "pulumi owns the stack",
    # the device's own words, a shared machine's, a team's
    "client/dev-laptop",
    "thing/team-macbook-02",
    "shared-workstation-3",
    "fleet/loaner-laptop-pool",
    # a folder of agents holding their software; folders of people holding no name
    "s3://builds/agents/install.sh",
    "s3://builds/agents/linux-x64/",
    "s3://b/customers/segment_a/export.csv",
    "https://example.org/people/search",
    "staff/roster.csv",
    # a device's own words after its word; a package's notebook
    "thing/tablet-kiosk-3",
    "phone-number-verify",
    "client/ipad-pos-lobby",
    "notebook-shim",
    # a team's or a system's sandbox; a test's words no list holds as a name
    "retail_forecast_sandbox",
    "poc-sandbox",
    "ml-scratch/features",
    "demand_molkerei_test",
    "load-test",
    "cold-chain_tiefkuehl_test",
    # a package's or a product's name that a given name also is, before "test"
    "ember-test-helpers",
    "pino-test",
    "yeoman-test",
    "pytest-watch",
    "babel-watch",
    # an English word with an ending is no handle ("authorize" + "r")
    "kf-agent-authorizer-laptop",
    "sandbox-authorizer",
    # "agent-" alone is no cue: an agent's trade is named after it
    "agent-wakala",
    "agent_region",
    # erasure paths without a name; code's verb
    "s3://b/gdpr/deletions/customers.csv",
    "s3://b/rgpd/suppressions/liste_clients.csv",
    "s3://b/dsr/batch_0001.json",
    "s3://b/erasure/salesforce_export.csv",
    "erased = erase_typevars(template)",
    "gdpr_deletion(records, dry_run=True)",
    # code's words after "for", a place's, a region's, a word every language borrows
    "fill_value = na_value_for_dtype(dtype)",
    "def get_path_for_link(self, link: Link) -> str:",
    '"flag_for_hong_kong": "HK"',
    "model_for_emea_v2",
    "bezier-head-for-stencil",
    "reporte_para_ventas_q3",
]


@pytest.mark.parametrize("text", NO_ONE)
def test_the_same_places_without_a_name(scrubber: Scrubber, text: str) -> None:
    assert person_spans(scrubber, text) == []
