"""Demo questions and replies in the domain Leefomgeving: buildings, climate and energy.

The other themes of the domain are in leefomgeving_ruimte.py."""

# Each thread: category slug, title, asker key, days ago asked, body (Markdown), replies.
# Each reply: (person key, days ago, body Markdown)
LEEFOMGEVING_ENERGIE = [
    # ------------------------------------------------------------------
    # Leefomgeving: verduurzaming maatschappelijk vastgoed
    # ------------------------------------------------------------------
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "Hoe hebben jullie de verduurzaming van sporthallen aanbesteed?",
        "asker": "jdevries",
        "days_ago": 40,
        "body": """Wij hebben vijf gemeentelijke sporthallen uit de jaren zeventig en tachtig die allemaal nog op gas stoken. De conditiemetingen volgens **NEN 2767** laten zien dat daken en installaties de komende vijf jaar aan vervanging toe zijn, dus we willen groot onderhoud en verduurzaming combineren.

We twijfelen tussen drie routes:

- per sporthal traditioneel aanbesteden (bestek en RAW/UAV);
- één bouwteam voor alle vijf hallen;
- een prestatiecontract (ESCO-achtig) waarbij de markt ook het energieverbruik garandeert.

Intern is er discussie: vastgoed wil grip op het ontwerp, inkoop wil zo min mogelijk risico en sport wil dat de hallen maximaal één seizoen dicht gaan.

**Welke aanbestedingsvorm hebben jullie gekozen voor sporthallen, en zouden jullie dat opnieuw doen?** Ervaringen met doorlooptijd en kosten per hal zijn erg welkom.""",
        "replies": [
            ("skoster", 38, """Wij hebben in 2023 drie sporthallen in één **bouwteam** gestopt, met een tweefasenaanpak: eerst een ontwerpfase tegen vaste vergoeding, daarna een prijs per hal op open begroting.

Wat we per hal hebben gedaan: dakisolatie plus nieuwe dakbedekking, LED met daglichtregeling, lucht-waterwarmtepomp met hybride opstelling voor de douches en ongeveer 250 zonnepanelen.

| Onderdeel | Kosten per hal (ca.) |
|---|---|
| Dak + isolatie | € 450.000 |
| Installaties | € 380.000 |
| LED + pv | € 170.000 |

Doorlooptijd van start aanbesteding tot oplevering van de laatste hal: ruim twee jaar. Het gasverbruik daalde met zo'n 70 procent.

Wat ik anders zou doen: de sportverenigingen veel eerder betrekken bij de planning. We hebben één hal in oktober moeten sluiten en dat gaf veel gedoe over uitwijklocaties."""),
            ("rschouten", 35, """Bij ons in een kleinere gemeente ging het om twee hallen. Wij hebben het gewoon **traditioneel** aanbesteed, met een extern adviesbureau dat het bestek schreef. Dat was voor ons team het meest overzichtelijk, want we hebben weinig capaciteit voor een bouwteamtraject.

Nadeel: het adviesbureau kostte ongeveer 8 procent van de bouwsom en we kregen bij de tweede hal toch meerwerk omdat de dakconstructie minder draagkracht had dan gedacht. Laat dus vóór het bestek een constructeur naar de spanten kijken als je zonnepanelen wilt leggen.

Totaal kwamen we uit op ongeveer € 1,6 miljoen voor beide hallen samen."""),
            ("kbrouwer", 31, """Wij hebben een **prestatiecontract** geprobeerd voor een sporthal en een zwembad samen. Eerlijk gezegd: voor één sporthal vonden marktpartijen het te klein, we kregen maar twee inschrijvingen. Pas toen we het zwembad erbij deden werd het interessant.

Voordeel van het contract is dat de partij tien jaar onderhoud en energieprestatie garandeert, dus je MJOP wordt een stuk voorspelbaarder. Nadeel is dat je veel tijd kwijt bent aan het goed meten van de nulsituatie.

Tip: kijk ook naar de handreikingen op https://www.rvo.nl over DUMAVA, want die subsidie bepaalde bij ons mede de planning."""),
        ],
    },
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "Gemeentehuis naar label C (of beter): hoe pakken jullie dat aan?",
        "asker": "rvandijk",
        "days_ago": 120,
        "body": """Ons gemeentehuis heeft nog energielabel E. Sinds de **label C-verplichting voor kantoren** ligt er vanuit de omgevingsdienst een vriendelijke maar duidelijke vraag hoe we daaraan gaan voldoen. Het gebouw is uit 1978, met een raadzaal en een publiekshal die intensief gebruikt worden.

We willen het liefst in één keer door naar label A, omdat we in 2030 toch weer moeten. Maar het college vindt een totale renovatie te duur en te ingrijpend.

Mijn vragen:

1. Met welke maatregelen zijn jullie van E/F naar C gekomen?
2. Wat waren de kosten per m² bvo?
3. Zijn jullie in het gebouw gebleven tijdens de werkzaamheden?

**Hoe hebben jullie de afweging tussen 'minimaal label C' en 'in één keer naar Paris Proof' gemaakt?**""",
        "replies": [
            ("lvandenbroek", 117, """Wij zaten in precies dezelfde situatie. We hebben gekozen voor een **tussenstap** naar label B met maatregelen die later niet weggegooid hoeven te worden:

- HR++ glas in de kozijnen die nog goed waren;
- LED-verlichting met aanwezigheidsdetectie;
- isolatie van het platte dak bij de geplande dakvervanging;
- 180 zonnepanelen.

Kosten ongeveer € 95 per m² bvo. Doorlooptijd ongeveer een jaar, waarvan de uitvoering vier maanden. We zijn in het gebouw gebleven en hebben per vleugel geschoven.

Achteraf had ik de ventilatie meteen mee willen nemen. Met het betere glas is het binnenklimaat in de zomer niet beter geworden, eerder warmer."""),
            ("pbakker", 110, """Wij zijn voor de **grote stap** gegaan, maar dat lukte alleen omdat er ook een herinrichting voor hybride werken gepland stond. Het gebouw is toen anderhalf jaar leeg geweest en we zaten in een tijdelijk kantoor.

Totale investering ongeveer € 1.450 per m², waarvan grofweg een derde aan verduurzaming is toe te rekenen. Het gebouw is nu gasloos en label A++.

Mijn advies: laat een **routekaart per gebouw** maken, en koppel die aan je MJOP. Dan zie je welke natuurlijke momenten er zijn. Voor de gemeenteraad hielp het enorm om de total cost of ownership over dertig jaar te laten zien, inclusief de verwachte energieprijs."""),
            ("sbos", 102, """Kleine toevoeging vanuit een kleine gemeente: check eerst of je huidige label wel klopt. Ons label was ooit op basis van standaardwaarden opgesteld. Een nieuwe opname door een EP-adviseur (ca. € 3.500) leverde direct label D op, omdat eerdere isolatie niet was meegenomen.

Daarna was alleen LED plus een aanpassing aan de regeling van de cv nog nodig voor label C. Het echte werk hebben we bewust gepland voor 2027, samen met de vervanging van de ketels."""),
        ],
    },
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "Verduurzaming brede school: wie betaalt wat, gemeente of schoolbestuur?",
        "asker": "bpeters",
        "days_ago": 85,
        "body": """Wij staan aan de vooravond van de verduurzaming van een **brede school** uit 2004: twee basisscholen, een kinderopvang en een wijkcentrum onder één dak. Het juridisch eigendom ligt bij de schoolbesturen, het wijkcentrum is van de gemeente en de installaties zijn gedeeld.

Het lastige is de verdeling. Volgens de regels voor onderwijshuisvesting is het schoolbestuur verantwoordelijk voor onderhoud en de gemeente voor vernieuwing, maar verduurzaming valt daar een beetje tussenin. De besturen wijzen naar de gemeente, onze wethouder wijst naar het IHP.

**Hoe hebben jullie de kosten van verduurzaming in een multifunctioneel gebouw verdeeld, en hebben jullie dat vastgelegd in een convenant of in het IHP?**""",
        "replies": [
            ("ekuipers", 83, """Wij hebben het opgelost met een **verdeelsleutel op basis van vierkante meters** plus een aparte afspraak over de installaties. De gemeente financiert de 'schil' (dak, gevel, kozijnen) als onderdeel van vernieuwing, het schoolbestuur draagt bij uit de onderhoudsmiddelen die het anders toch aan de oude installaties had besteed.

Vastgelegd in een samenwerkingsovereenkomst per gebouw, met een verwijzing in het IHP. Het project kostte ongeveer € 1,1 miljoen, waarvan de gemeente circa 60 procent betaalde.

Wat ik anders zou doen: eerder afspraken maken over wie straks de energierekening betaalt en wie de opbrengst van de zonnepanelen krijgt. Daar hebben we nog maanden over gesteggeld."""),
            ("mjansen", 80, """Bij ons is het IHP leidend. Daarin staat per gebouw een **integrale aanpak**: bij elke renovatie gaat het gebouw meteen naar aardgasvrij-ready. Schoolbesturen brengen hun deel in via een vast bedrag per leerling.

Voor multifunctionele gebouwen hebben we een beheerstichting waarin alle gebruikers zitten. Die stichting is opdrachtgever voor de installaties, wat de besluitvorming flink versnelt.

Doorlooptijd van eerste overleg tot oplevering was wel bijna drie jaar. Reken vooral op veel overleg in de voorbereiding."""),
            ("kbrouwer", 74, """Kleine praktische tip: laat bij een brede school **vooraf een bouwfysisch onderzoek** doen naar de luchtkwaliteit. Bij ons bleek de CO2-waarde in de lokalen veel te hoog. Door ventilatie meteen mee te nemen konden we het project ook financieren uit middelen voor een gezond binnenklimaat, wat de discussie over de verdeling makkelijker maakte.

Zie ook de informatie over onderwijshuisvesting op https://vng.nl, daar staan voorbeelden van samenwerkingsovereenkomsten."""),
        ],
    },
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "Zwembad verduurzamen zonder jarenlange sluiting: ervaringen?",
        "asker": "mtimmermans",
        "days_ago": 150,
        "body": """Ons overdekte zwembad is veruit het gebouw met het hoogste energieverbruik in onze portefeuille: ongeveer **350.000 m³ gas per jaar**. Het bad is 30 jaar oud, de exploitant is een stichting en de gemeente is eigenaar.

We willen flink verduurzamen, maar een lange sluiting is politiek onhaalbaar vanwege zwemles en de verenigingen. We denken aan een gefaseerde aanpak:

- afdekking van de baden buiten openingstijden;
- warmteterugwinning uit douchewater en ventilatielucht;
- een warmtepomp in combinatie met de bestaande ketels;
- zonnepanelen op het dak en de parkeerplaats.

**Welke maatregelen hebben bij jullie het meeste opgeleverd, en hoe lang moest het bad dicht?** Ik hoor ook graag hoe jullie de afspraken met de exploitant over de energiebesparing hebben geregeld.""",
        "replies": [
            ("rschouten", 147, """De **badafdekking** was bij ons echt laaghangend fruit. Voor het wedstrijdbad en het instructiebad samen betaalden we ongeveer € 70.000 en we zagen de gasrekening met zo'n 15 procent dalen. Bovendien minder verdamping, dus ook minder vocht in de hal.

Terugverdientijd ruim vier jaar. Het bad hoefde er niet voor dicht, het personeel moest wel wennen aan het op- en afrollen."""),
            ("lvandenbroek", 141, """Wij hebben de installaties vervangen in de **zomerperiode** in twee opeenvolgende jaren: zes weken dicht per keer. In het eerste jaar warmteterugwinning op de ventilatie en douchewater, in het tweede jaar een warmtepomp van ca. 400 kW.

Totaal ongeveer € 2,3 miljoen, gedeeltelijk betaald met DUMAVA-subsidie. Gasverbruik ging van zo'n 300.000 naar 110.000 m³.

Over de exploitant: wij hebben een **bonus-malusregeling** afgesproken. Bespaart de stichting meer dan het afgesproken niveau, dan delen we het voordeel 50/50. Daardoor letten ze veel beter op zaken als watertemperatuur en ventilatie 's nachts."""),
            ("skoster", 139, """Eén waarschuwing: bij ons bleek de elektriciteitsaansluiting ontoereikend voor een warmtepomp. Door **netcongestie** moesten we anderhalf jaar wachten op een zwaardere aansluiting. Vraag dus meteen bij de start een aansluiting aan bij de netbeheerder, ook als het ontwerp nog niet af is.

We hebben de tussentijd gebruikt voor de badafdekking en LED, zodat het project niet helemaal stil lag."""),
        ],
    },
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "Financiering verduurzaming vastgoed: DUMAVA, SPUK, ESCO of gewoon investeringskrediet?",
        "asker": "sbos",
        "days_ago": 60,
        "body": """Onze raad heeft een routekaart verduurzaming maatschappelijk vastgoed vastgesteld: 24 gebouwen, in 2040 allemaal aardgasvrij. Mooi, maar er staat nog geen dekking bij. De schatting is **€ 14 miljoen** over vijftien jaar, en dat is veel voor een gemeente van onze omvang.

Opties die nu op tafel liggen:

- DUMAVA-subsidie via RVO;
- SPUK-middelen, voor zover die passen;
- een ESCO-constructie, waarbij een externe partij voorfinanciert;
- een investeringskrediet met afschrijving over 25 jaar en dekking uit de energiebesparing.

Via https://www.rvo.nl heb ik de voorwaarden van DUMAVA gelezen, maar ik ben benieuwd naar de praktijk.

**Hoe hebben jullie de verduurzaming van het eigen vastgoed gefinancierd, en wat viel tegen?**""",
        "replies": [
            ("pbakker", 58, """Wij werken met een **revolverend verduurzamingsfonds** van € 5 miljoen. Elk project betaalt de lening terug uit de besparing op de energierekening, met een looptijd van maximaal vijftien jaar. Voor de maatregelen die zich niet terugverdienen (bijvoorbeeld gevelisolatie van monumentale panden) vragen we DUMAVA aan.

Wat tegenviel: de DUMAVA-aanvraag kostte ons per gebouw zo'n 40 uur aan voorbereiding, en je moet binnen de termijn uitvoeren. Plan de uitvoeringscapaciteit dus mee."""),
            ("kbrouwer", 55, """Wij hebben een **ESCO** gebruikt voor vier gebouwen: twee sporthallen, een cultuurcentrum en de gemeentewerf. De ESCO financierde voor, wij betalen twaalf jaar lang een vaste vergoeding die iets lager ligt dan de oude energierekening.

Pluspunt: geen grote investering op de begroting en de prestatie is gegarandeerd. Minpunt: het contract is complex, je hebt echt een jurist nodig die dit kent. Juridische en technische begeleiding kostte ons ongeveer € 85.000.

Zou ik het opnieuw doen? Voor een cluster van gebouwen wel, voor één gebouw niet."""),
            ("rvandijk", 51, """Bij ons gewoon een **investeringskrediet**, afgeschreven over 25 jaar, met de kapitaallasten deels gedekt uit de lagere energielasten. In de begroting zie je dan wel een stijging van de lasten in de eerste jaren, omdat de besparing niet altijd volledig is.

Tip: reken met meerdere energieprijsscenario's. In 2022 leek alles terug te verdienen, nu met lagere prijzen valt het business case-plaatje minder rooskleurig uit."""),
            ("jdevries", 47, """Aanvulling: wij combineren **DUMAVA** met ons reguliere MJOP-budget. Alles wat toch vervangen moet worden (ketel, dakbedekking) betalen we uit de onderhoudsvoorziening; alleen de meerkosten voor de duurzame variant komen uit het verduurzamingskrediet. Daardoor is de extra investering vaak maar 30 tot 40 procent van het totaal.

Dat maakte het verhaal richting de raad een stuk makkelijker."""),
        ],
    },
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "MJOP op basis van NEN 2767 koppelen aan verduurzaming: hoe doen jullie dat?",
        "asker": "kbrouwer",
        "days_ago": 22,
        "body": """Ons MJOP is gebaseerd op conditiemetingen volgens **NEN 2767**, maar verduurzaming staat er nog los van, in een apart routekaartdocument. Het gevolg: we vervangen een cv-ketel één-op-één omdat die 'op is', terwijl het gebouw volgens de routekaart twee jaar later van het gas af gaat.

We willen naar een **DMJOP** (duurzaam meerjarenonderhoudsplan) waarin per gebouw de verduurzamingsmaatregelen aan de natuurlijke vervangingsmomenten gekoppeld zijn.

**Met welk pakket of welke werkwijze hebben jullie onderhoud en verduurzaming in één plan gekregen, en hoeveel werk was dat?**""",
        "replies": [
            ("rvandijk", 20, """Wij hebben vorig jaar de overstap gemaakt. Een extern bureau heeft voor alle 45 gebouwen een nieuwe conditiemeting gedaan én per gebouw een maatregelenpakket voor aardgasvrij gemaakt. Die twee zijn in ons vastgoedbeheersysteem samengevoegd.

Kosten: ongeveer € 120.000 voor de opnames en de verduurzamingsscans samen. Doorlooptijd zeven maanden.

Het belangrijkste was niet het pakket maar de afspraak intern: **geen vervanging van installaties zonder toets aan de routekaart**. Dat hebben we in het inkoopproces opgenomen."""),
            ("mtimmermans", 16, """Bij ons is het DMJOP nog niet helemaal klaar, maar een tip: begin met de **tien gebouwen met het hoogste energieverbruik**. Dat zijn er bij ons toevallig ook de gebouwen met de meeste onderhoudsachterstand. Zo laat je snel resultaat zien en leer je hoe je de planning van onderhoud en verduurzaming op elkaar afstemt."""),
        ],
    },
    # ------------------------------------------------------------------
    # Leefomgeving: klimaat en energietransitie
    # ------------------------------------------------------------------
    {
        "category": "klimaat-en-energietransitie",
        "title": "Van transitievisie warmte naar warmteprogramma: hoe pakken jullie de wijkaanpak aan?",
        "asker": "mjansen",
        "days_ago": 200,
        "body": """Onder de **Omgevingswet** moeten we de transitievisie warmte omzetten in een warmteprogramma. Wij zitten nu in de fase waarin we per wijk moeten aangeven wat het alternatief voor aardgas wordt en wanneer.

Onze uitdaging is vooral het draagvlak. In de eerste wijk waar we met een warmtenet aan de slag gingen, was de weerstand groot: bewoners voelden zich overvallen en wantrouwden de kosten.

**Hoe hebben jullie bewoners betrokken bij de keuze voor een warmteoplossing per wijk, en wat werkte echt?** Ik ben ook benieuwd hoeveel capaciteit jullie hiervoor hebben vrijgemaakt.""",
        "replies": [
            ("tkramer", 196, """Wat bij ons werkte: **bewoners zelf laten rekenen**. We hebben een wijkteam van vijftien bewoners samengesteld dat samen met een adviesbureau drie scenario's doorrekende (individuele warmtepompen, een collectief warmtenet, een hybride tussenstap). Zij presenteerden de uitkomst aan de rest van de wijk.

Dat kostte ons ongeveer een jaar en zo'n € 60.000 aan externe ondersteuning, maar het eindadvies werd breed gedragen. Achteraf hadden we de woningcorporatie eerder moeten betrekken, want die bezit 40 procent van de woningen."""),
            ("jdevries", 190, """Wij hebben geleerd dat je niet moet beginnen met het warmtenet, maar met **isoleren**. In elke wijk starten we met gratis energieadvies, een collectieve inkoopactie voor isolatie en een energiecoach. Pas als het vertrouwen er is, komt de warmteoplossing op tafel.

Capaciteit: per wijk ongeveer 1,5 fte projectleiding en communicatie, gefinancierd uit de middelen voor de uitvoering van de klimaatplannen."""),
            ("lvandenbroek", 185, """Praktische tip: werk met een **vast gezicht** in de wijk. Wij hebben een wijkwethouder en een vaste projectleider die ook echt op de koffie gaat. Bewoners haken af als ze steeds een nieuwe ambtenaar tegenover zich krijgen.

En: wees eerlijk over wat je nog niet weet. Wij communiceerden te vroeg een indicatieve prijs voor aansluiting op het warmtenet, die later 30 procent hoger uitviel. Dat achtervolgt ons nog steeds."""),
        ],
    },
    {
        "category": "klimaat-en-energietransitie",
        "title": "Energiearmoede aanpakken: energiefixers of energiecoaches?",
        "asker": "ohuisman",
        "days_ago": 95,
        "body": """In onze gemeente hebben naar schatting 1.800 huishoudens een te hoge energierekening in verhouding tot hun inkomen. We willen met **energiefixers** aan de slag: mensen die bij bewoners thuis kleine maatregelen aanbrengen (radiatorfolie, tochtstrips, ledlampen, waterbesparende douchekop).

Vragen waar ik mee zit:

- Werken jullie met vrijwilligers of met betaalde krachten (bijvoorbeeld via de Participatiewet)?
- Hoe bereiken jullie de huishoudens die het het hardst nodig hebben?
- Wat kost het per huishouden?

**Welke aanpak van energiearmoede heeft bij jullie echt huishoudens bereikt die anders buiten beeld bleven?**""",
        "replies": [
            ("sbos", 92, """Wij werken met **betaalde energiefixers via een leerwerktraject**: mensen met een bijstandsuitkering die in zes maanden een opleiding volgen en tegelijk bij bewoners aan de slag gaan. Twee vliegen in één klap.

Kosten per huishouden ongeveer € 250 aan materialen en € 150 aan uren. De gemiddelde besparing is zo'n € 200 per jaar. Drie van de acht fixers hebben inmiddels een baan bij een installatiebedrijf."""),
            ("mjansen", 90, """Voor het bereik werkte bij ons vooral **samenwerking met de woningcorporaties en de voedselbank**. Zij kennen de huishoudens en kunnen mensen persoonlijk uitnodigen. Brieven van de gemeente werden nauwelijks gelezen.

We hebben in anderhalf jaar ruim 2.200 huishoudens bezocht. Het budget kwam grotendeels uit de rijksmiddelen voor energiearmoede."""),
            ("ayilmaz", 86, """Vanuit de schuldhulpverlening een aanvulling: koppel het aan **vroegsignalering**. Bij ons krijgen huishoudens met een betalingsachterstand bij de energieleverancier standaard ook een aanbod van een energiecoach. Daarmee bereik je precies de mensen die het het hardst nodig hebben.

Omgekeerd vragen de energiecoaches bij elk bezoek ook of er geldzorgen zijn. Dat heeft ons tientallen aanmeldingen opgeleverd die we anders pas jaren later hadden gezien."""),
        ],
    },
    {
        "category": "klimaat-en-energietransitie",
        "title": "Hittestress in de wijk: welke maatregelen werken op korte termijn?",
        "asker": "tkramer",
        "days_ago": 12,
        "body": """Uit onze klimaatstresstest komt naar voren dat twee wijken met veel ouderen en weinig groen in de zomer echte **hitte-eilanden** zijn. De structurele herinrichting staat pas voor 2029 gepland, maar we willen nu al iets doen.

Ideeën die op tafel liggen: tegelwipactie, tijdelijke schaduwdoeken, extra bomen in bakken, een koele plek in het wijkcentrum en een belrondje bij hittegolven via de wijkteams.

**Welke kortetermijnmaatregelen tegen hittestress hebben bij jullie aantoonbaar effect gehad, en wat kostte dat?**""",
        "replies": [
            ("aprins", 10, """Wij hebben in twee wijken een **'koele route'** aangelegd: een looproute naar de winkels met extra schaduw (zonnezeilen op pleinen, grote bomen in bakken) en een paar watertappunten. Kosten ongeveer € 85.000 per wijk.

Het gebruik hebben we niet hard kunnen meten, maar de reacties van ouderen waren erg positief. Let op: zonnezeilen moeten buiten het seizoen weg, dat kost beheerbudget."""),
            ("mhoekstra", 7, """Het **belrondje bij hitte** vonden wij het meest effectief. Samen met de thuiszorgorganisaties en vrijwilligers bellen we bij een hitteplan-melding zo'n 600 kwetsbare inwoners. Goedkoop en mensen voelen zich gezien.

Tegelwippen werkte bij ons vooral in wijken met koopwoningen. In de huurwijken ging het pas lopen toen de corporatie meedeed."""),
        ],
    },
]
