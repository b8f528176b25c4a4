"""How well "similar questions" finds an existing question when the same need is asked again.

The corpus is the demo content (forum/demo/content/: 40 realistic questions with replies).
Each pair is a demo question and the same need in other words, as a colleague elsewhere
might type it. recall@5: the share of pairs whose original is among the five suggestions.
"""
from forum.board.categories import seed_categories
from forum.demo.loader import load_demo_content
from forum.extensions import db
from forum.municipalities.services import load_municipalities
from forum.search.similar import similar_threads

MINIMUM_RECALL_AT_5 = 0.8

# (title of the demo question, the same need phrased differently)
PAIRS = [
    ("Hoe hebben jullie de verduurzaming van sporthallen aanbesteed?",
     "Bouwteam of prestatiecontract voor het verduurzamen van onze sporthal?"),
    ("Gemeentehuis naar label C (of beter): hoe pakken jullie dat aan?",
     "Welke maatregelen nemen jullie om het stadhuis aan de label C-plicht te laten voldoen?"),
    ("Verduurzaming brede school: wie betaalt wat, gemeente of schoolbestuur?",
     "Kostenverdeling tussen schoolbestuur en gemeente bij een energiezuinig schoolgebouw"),
    ("Zwembad verduurzamen zonder jarenlange sluiting: ervaringen?",
     "Kun je een zwembad energiezuinig maken terwijl het open blijft?"),
    ("Financiering verduurzaming vastgoed: DUMAVA, SPUK, ESCO of gewoon investeringskrediet?",
     "Welke subsidie gebruiken jullie voor duurzaam maatschappelijk vastgoed, de DUMAVA?"),
    ("MJOP op basis van NEN 2767 koppelen aan verduurzaming: hoe doen jullie dat?",
     "Onderhoudsplanning (MJOP) en energiemaatregelen in één planning combineren"),
    ("Van transitievisie warmte naar warmteprogramma: hoe pakken jullie de wijkaanpak aan?",
     "Hoe maak je van de transitievisie warmte een uitvoeringsplan per wijk?"),
    ("Energiearmoede aanpakken: energiefixers of energiecoaches?",
     "Wat werkt beter tegen energiearmoede: een energiecoach aan huis of kleine maatregelen?"),
    ("Hittestress in de wijk: welke maatregelen werken op korte termijn?",
     "Welke snelle ingrepen helpen tegen hittestress in versteende buurten?"),
    ("Bruidsschat opschonen in het omgevingsplan: hoe ver zijn jullie?",
     "Regels uit de bruidsschat schrappen of behouden in het nieuwe omgevingsplan?"),
    ("Participatie bij vergunningaanvragen: wanneer vragen jullie 'meer' dan de verslaglegging?",
     "Eisen jullie extra participatie van initiatiefnemers bij een omgevingsvergunning?"),
    ("Adviesrecht gemeenteraad bij buitenplanse omgevingsplanactiviteit: hoe werkt dat in de praktijk?",
     "Wanneer mag de raad bindend adviseren over een buitenplanse activiteit?"),
    ("Tijdelijke flexwoningen: waar plaatsen jullie ze en voor wie?",
     "Locaties en doelgroepen voor tijdelijke woningen: wat zijn jullie ervaringen?"),
    ("Doorstroming senioren: heeft een verhuiscoach bij jullie effect?",
     "Helpt een verhuiscoach ouderen om kleiner te gaan wonen?"),
    ("Mobiliteitshubs in nieuwbouwwijken: hoe voorkom je dat ze leeg blijven?",
     "Hoe zorg je dat een mobiliteitshub in een nieuwe wijk ook echt gebruikt wordt?"),
    ("Aanbesteding publieke laadpalen: concessie of vergunningenmodel?",
     "Laadinfrastructuur voor elektrische auto's: een concessie aanbesteden of vergunningen verlenen?"),
    ("Flexibel cameratoezicht bij overlast: ervaringen met mobiele camera's?",
     "Ervaringen met tijdelijke, verplaatsbare camera's tegen overlast in een buurt?"),
    ("Ondermijning op vakantieparken: hoe krijgen jullie zicht op wie er woont?",
     "Permanente bewoning en criminaliteit op vakantieparken: hoe controleren jullie dat?"),
    ("Huishoudelijke hulp: hoe houden jullie de kosten beheersbaar met het abonnementstarief?",
     "Stijgende kosten van huishoudelijke ondersteuning in de Wmo door het abonnementstarief"),
    ("Regionale aanbesteding Wmo-hulpmiddelen: hergebruik als eis opnemen?",
     "Hergebruik van rolstoelen en scootmobielen verplichten in het contract met de leverancier?"),
    ("Praktijkondersteuner jeugd bij de huisarts: verlaagt het echt de verwijzingen?",
     "Leidt een POH jeugd in de huisartsenpraktijk tot minder doorverwijzingen?"),
    ("Regionale inkoop specialistische jeugdhulp: ervaringen met een taakgerichte bekostiging?",
     "Ervaring met taakgericht financieren van zware jeugdzorg in de regio?"),
    ("Beschut werk: hoe halen jullie de taakstelling en houden jullie het betaalbaar?",
     "Hoe realiseren jullie genoeg plekken beschut werk binnen het budget?"),
    ("Bijverdienen in de bijstand stimuleren: ervaringen met een vrijlatingsregeling?",
     "Werkt een vrijlating van inkomsten voor mensen in de bijstand die parttime werken?"),
    ("Vroegsignalering onder de Wgs: hoe verhogen jullie het bereik na een signaal?",
     "Hoe bereiken jullie meer inwoners na een signaal over een betalingsachterstand?"),
    ("Saneringskrediet aanbieden: hoe financieren en hoe groot is het risico?",
     "Risico's en financiering van een saneringskrediet via de gemeentelijke kredietbank"),
    ("Basisvoorwaarden na detentie: hoe regelen jullie ID-bewijs en inkomen op dag één?",
     "Zorgen dat iemand na detentie meteen een identiteitsbewijs en een uitkering heeft"),
    ("Huisvesting voor ex-gedetineerden: werken jullie met een contingent bij de corporatie?",
     "Woningen voor mensen die uit detentie komen: afspraken met woningcorporaties?"),
    ("Uitbreiding voorschoolse educatie naar 16 uur: hoe hebben jullie dat georganiseerd?",
     "Hoe organiseren jullie 16 uur vve per week voor peuters?"),
    ("Thuiszitters: welke aanpak werkt om leerlingen terug naar school te krijgen?",
     "Aanpak om thuiszittende leerlingen weer naar school te krijgen"),
    ("B1-route onder de Wet inburgering 2021: hoe hebben jullie de taalschool gecontracteerd?",
     "Inkoop van taalaanbieders voor de B1-route voor inburgeraars"),
    ("Module Arbeidsmarkt en Participatie (MAP): hoe geven jullie daar invulling aan?",
     "Hoe vullen jullie de MAP-module in voor nieuwkomers?"),
    ("Chatbot op de gemeentelijke website: waardevol of vooral frustratie?",
     "Heeft een chatbot op de website van de gemeente zin voor inwoners?"),
    ("DigiD Machtigen voor mantelzorgers: hoe ondersteunen jullie inwoners?",
     "Hoe helpen jullie mantelzorgers die namens een ander met DigiD moeten inloggen?"),
    ("Overgang naar BIO2 en ENSIA: hoe organiseren jullie de verantwoording?",
     "Verantwoording over informatiebeveiliging onder de BIO2: hoe richten jullie ENSIA in?"),
    ("DPIA op generatieve AI in de kantoortoepassingen: hoe pakken jullie dat aan?",
     "Privacy-effectbeoordeling voor Copilot en andere AI-hulpmiddelen op kantoor?"),
    ("Woo-verzoeken binnen de termijn afhandelen: hoe lukt dat jullie?",
     "Hoe handelen jullie Woo-verzoeken op tijd af?"),
    ("E-mailarchivering volgens de Capstone-aanpak: ervaringen?",
     "Hoe archiveren jullie de e-mail van bestuurders en ambtenaren?"),
    ("Common Ground in de praktijk: welke componenten draaien bij jullie al?",
     "Welke Common Ground-componenten gebruiken jullie al in productie?"),
    ("Datagedreven werken in het sociaal domein: hoe begin je met een dashboard?",
     "Beginnen met een dashboard met data over het sociaal domein"),
]


def test_recall_at_5_of_similar_questions(app, capsys):
    load_municipalities()
    seed_categories()
    load_demo_content()
    db.session.commit()
    assert len(PAIRS) >= 40

    missed, first = [], 0
    for original, rephrased in PAIRS:
        suggested = [thread.title for thread in similar_threads(rephrased)]
        assert len(suggested) <= 5
        first += bool(suggested) and suggested[0] == original
        if original not in suggested:
            missed.append((rephrased, suggested))
    recall = 1 - len(missed) / len(PAIRS)
    with capsys.disabled():
        print(f"\n[{db.engine.dialect.name}] similar questions recall@5 = {recall:.3f} "
              f"({len(PAIRS) - len(missed)}/{len(PAIRS)}), recall@1 = {first / len(PAIRS):.3f}")
        for rephrased, suggested in missed:
            print(f"  missed: {rephrased!r} -> {suggested[:2]}")
    assert recall >= MINIMUM_RECALL_AT_5
