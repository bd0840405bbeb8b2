<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>ActivityAction</name>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Synchronize</source>
            <translation>Synchroniseren</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Koppelen</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Ontkoppelen</translation>
        </message>
    </context>
    <context>
        <name>ActivityState</name>
        <message>
            <source>Requested</source>
            <translation>Aangevraagd</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>Awaiting an answer</source>
            <translation>Wacht op antwoord</translation>
        </message>
        <message>
            <source>Answering</source>
            <translation>Antwoord wordt verzonden</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Voltooid</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
    </context>
    <context>
        <name>Capabilities</name>
        <message>
            <source>acknowledged</source>
            <translation>bevestigd</translation>
        </message>
        <message>
            <source>given a new status</source>
            <translation>van een nieuwe status voorzien</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>bewerkt</translation>
        </message>
        <message>
            <source>split</source>
            <translation>gesplitst</translation>
        </message>
        <message>
            <source>dispatched</source>
            <translation>verzonden</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>invoiced</source>
            <translation>gefactureerd</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>geretourneerd</translation>
        </message>
        <message>
            <source>given attributes</source>
            <translation>van attributen voorzien</translation>
        </message>
        <message>
            <source>given stock</source>
            <translation>van voorraad voorzien</translation>
        </message>
        <message>
            <source>given an ERP number</source>
            <translation>van een ERP-nummer voorzien</translation>
        </message>
        <message>
            <source>given ERP line numbers</source>
            <translation>van ERP-regelnummers voorzien</translation>
        </message>
        <message>
            <source>bought</source>
            <translation>ingekocht</translation>
        </message>
        <message>
            <source>given a cancelled purchase</source>
            <translation>van een geannuleerde inkoop voorzien</translation>
        </message>
        <message>
            <source>paid for</source>
            <translation>betaald</translation>
        </message>
        <message>
            <source>Orders from a {kind} cannot be {action} here: the channel has no way to take it.</source>
            <translation>Orders van het kanaaltype {kind} kunnen hier niet worden {action}: het kanaal kan dit niet ontvangen.</translation>
        </message>
        <message>
            <source>'{value}' is not a channel kind. Use one of: {choices}.</source>
            <translation>'{value}' is geen kanaaltype. Gebruik een van: {choices}.</translation>
        </message>
    </context>
    <context>
        <name>CarriedText</name>
        <message>
            <source>character {position}, {what},</source>
            <translation>teken {position}, {what},</translation>
        </message>
        <message>
            <source>starts or ends with a space, which a channel's HTTP header would drop</source>
            <translation>begint of eindigt met een spatie, die de HTTP-header van een kanaal zou weglaten</translation>
        </message>
        <message>
            <source>character {position}</source>
            <translation>teken {position}</translation>
        </message>
        <message>
            <source>has a character a channel cannot carry: {where} is an invisible control or format character</source>
            <translation>bevat een teken dat een kanaal niet kan overbrengen: {where} is een onzichtbaar stuur- of opmaakteken</translation>
        </message>
        <message>
            <source>has a character a channel cannot carry: {where} is not one an HTTP header can hold (only Latin-1 letters, digits and signs)</source>
            <translation>bevat een teken dat een kanaal niet kan overbrengen: {where} kan niet in een HTTP-header staan (alleen Latin-1-letters, -cijfers en -tekens)</translation>
        </message>
    </context>
    <context>
        <name>Carriers</name>
        <message>
            <source>This does not look like a {carrier} consignment number ({format}).</source>
            <translation>Dit lijkt niet op een zendingnummer van {carrier} ({format}).</translation>
        </message>
        <message>
            <source>10, 12 or 20 digits, or JJD/JD and digits</source>
            <translation>10, 12 of 20 cijfers, of JJD/JD en cijfers</translation>
        </message>
        <message>
            <source>14 digits</source>
            <translation>14 cijfers</translation>
        </message>
        <message>
            <source>11 or 12 digits, or 8 letters and digits</source>
            <translation>11 of 12 cijfers, of 8 letters en cijfers</translation>
        </message>
        <message>
            <source>1Z and 16 letters or digits</source>
            <translation>1Z en 16 letters of cijfers</translation>
        </message>
        <message>
            <source>12, 15, 20 or 22 digits</source>
            <translation>12, 15, 20 of 22 cijfers</translation>
        </message>
        <message>
            <source>3S and 11 to 13 letters or digits</source>
            <translation>3S en 11 tot 13 letters of cijfers</translation>
        </message>
        <message>
            <source>24 digits</source>
            <translation>24 cijfers</translation>
        </message>
        <message>
            <source>9 digits</source>
            <translation>9 cijfers</translation>
        </message>
        <message>
            <source>2 letters, 9 digits, 2 letters (or 20 digits)</source>
            <translation>2 letters, 9 cijfers, 2 letters (of 20 cijfers)</translation>
        </message>
        <message>
            <source>14 to 16 digits</source>
            <translation>14 tot 16 cijfers</translation>
        </message>
        <message>
            <source>Give a pattern, or remove the carrier.</source>
            <translation>Geef een patroon op, of verwijder de vervoerder.</translation>
        </message>
        <message>
            <source>'{pattern}' is not a valid pattern: {error}.</source>
            <translation>'{pattern}' is geen geldig patroon: {error}.</translation>
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>Affiliate order system</source>
            <translation>Affiliate-ordersysteem</translation>
        </message>
        <message>
            <source>CloudSuite webshop</source>
            <translation>CloudSuite-webshop</translation>
        </message>
        <message>
            <source>Magento 2 (Increff Omni)</source>
            <translation>Magento 2 (Increff Omni)</translation>
        </message>
        <message>
            <source>OT Platform</source>
            <translation>OT Platform</translation>
        </message>
        <message>
            <source>Manual / imported</source>
            <translation>Handmatig / geïmporteerd</translation>
        </message>
    </context>
    <context>
        <name>ChannelOptions</name>
        <message>
            <source>Attribute mapping: {problems}</source>
            <translation>Attribuuttoewijzing: {problems}</translation>
        </message>
        <message>
            <source>'{piece}' is not name=attributeN.</source>
            <translation>'{piece}' is geen naam=attributeN.</translation>
        </message>
        <message>
            <source>'{piece}' has no attribute name before '='.</source>
            <translation>'{piece}' heeft geen attribuutnaam vóór '='.</translation>
        </message>
        <message>
            <source>'{slot}' (for '{name}') is not an Increff slot: use attribute1 to attribute10.</source>
            <translation>'{slot}' (voor '{name}') is geen Increff-veld: gebruik attribute1 tot en met attribute10.</translation>
        </message>
        <message>
            <source>attribute{number} (for '{name}') does not exist: Increff has attribute1 to attribute10.</source>
            <translation>attribute{number} (voor '{name}') bestaat niet: Increff heeft attribute1 tot en met attribute10.</translation>
        </message>
        <message>
            <source>'{name}' is mapped twice.</source>
            <translation>'{name}' is twee keer toegewezen.</translation>
        </message>
        <message>
            <source>{slot} is given to both '{first}' and '{name}': each name needs its own slot.</source>
            <translation>{slot} is zowel aan '{first}' als aan '{name}' toegewezen: elke naam heeft een eigen veld nodig.</translation>
        </message>
    </context>
    <context>
        <name>ChannelSettings</name>
        <message>
            <source>Base URL</source>
            <translation>Basis-URL</translation>
        </message>
        <message>
            <source>Status mapping</source>
            <translation>Statustoewijzing</translation>
        </message>
        <message>
            <source>ERP numbers</source>
            <translation>ERP-nummers</translation>
        </message>
        <message>
            <source>ERP order number prefix</source>
            <translation>Voorvoegsel ERP-ordernummer</translation>
        </message>
        <message>
            <source>Password/token expires on</source>
            <translation>Wachtwoord/token verloopt op</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Vervoerders</translation>
        </message>
        <message>
            <source>The {setting} kept in the keyring for this channel {problem}, so it cannot be sent. Enter it again in Settings or with `orderdesk channels update "{channel}" --secret-stdin`.</source>
            <translation>De waarde van {setting} die voor dit kanaal in de sleutelbos staat, {problem}, en kan dus niet worden verzonden. Voer hem opnieuw in bij Instellingen of met `orderdesk channels update "{channel}" --secret-stdin`.</translation>
        </message>
        <message>
            <source>https://... (plain http only for a simulator on this machine)</source>
            <translation>https://... (gewoon http alleen voor een simulator op deze computer)</translation>
        </message>
        <message>
            <source>OrderDesk status=the channel's status word, comma separated; several words for one status with |, the first is the one sent, e.g. pending=new, processing=processing, dispatched=complete|shipped</source>
            <translation>OrderDesk-status=het statuswoord van het kanaal, gescheiden door komma's; meerdere woorden voor één status met |, het eerste wordt verzonden, bijv. pending=new, processing=processing, dispatched=complete|shipped</translation>
        </message>
        <message>
            <source>auto: acknowledging an order gives it an ERP order number (prefix + local id) and its lines 10, 20, 30...; manual: the operator enters them (orders erp, or the ERP tab of the edit dialog)</source>
            <translation>auto: bij het bevestigen krijgt een order een ERP-ordernummer (voorvoegsel + lokaal id) en krijgen de regels 10, 20, 30...; manual: de medewerker voert ze in (orders erp, of het tabblad ERP van het bewerkingsvenster)</translation>
        </message>
        <message>
            <source>put before the local order id in automatic ERP order numbers, e.g. OD- gives OD-1042</source>
            <translation>staat vóór het lokale order-id in automatische ERP-ordernummers, bijv. OD- geeft OD-1042</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, when the channel's password or token stops working; OrderDesk warns two weeks ahead</source>
            <translation>JJJJ-MM-DD, de dag waarop het wachtwoord of token van het kanaal niet meer werkt; OrderDesk waarschuwt twee weken van tevoren</translation>
        </message>
        <message>
            <source>the carriers this channel's parcels go with, comma separated; the dispatch prompt offers them, the last used first</source>
            <translation>de vervoerders waarmee de pakketten van dit kanaal gaan, gescheiden door komma's; het verzendvenster biedt ze aan, de laatst gebruikte eerst</translation>
        </message>
        <message>
            <source>The {setting}</source>
            <translation>Het veld {setting}</translation>
        </message>
        <message>
            <source>API token</source>
            <translation>API-token</translation>
        </message>
        <message>
            <source>Webhook secret</source>
            <translation>Webhookgeheim</translation>
        </message>
        <message>
            <source>Token URL</source>
            <translation>Token-URL</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>Client-id</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Clientgeheim</translation>
        </message>
        <message>
            <source>Webshop id</source>
            <translation>Webshop-id</translation>
        </message>
        <message>
            <source>Store code</source>
            <translation>Winkelcode</translation>
        </message>
        <message>
            <source>Admin user</source>
            <translation>Beheerder</translation>
        </message>
        <message>
            <source>Admin password</source>
            <translation>Beheerderswachtwoord</translation>
        </message>
        <message>
            <source>Increff Omni URL</source>
            <translation>Increff Omni-URL</translation>
        </message>
        <message>
            <source>Increff user</source>
            <translation>Increff-gebruiker</translation>
        </message>
        <message>
            <source>Increff domain</source>
            <translation>Increff-domein</translation>
        </message>
        <message>
            <source>Increff password</source>
            <translation>Increff-wachtwoord</translation>
        </message>
        <message>
            <source>Warehouse location code</source>
            <translation>Locatiecode magazijn</translation>
        </message>
        <message>
            <source>Attribute mapping</source>
            <translation>Attribuuttoewijzing</translation>
        </message>
        <message>
            <source>Instance key</source>
            <translation>Instantiesleutel</translation>
        </message>
        <message>
            <source>Operator login</source>
            <translation>Operator-login</translation>
        </message>
        <message>
            <source>Operator password</source>
            <translation>Operator-wachtwoord</translation>
        </message>
        <message>
            <source>Signature secret</source>
            <translation>Handtekeninggeheim</translation>
        </message>
        <message>
            <source>Customer login</source>
            <translation>Klantlogin</translation>
        </message>
        <message>
            <source>Customer password</source>
            <translation>Klantwachtwoord</translation>
        </message>
        <message>
            <source>Delivery mode</source>
            <translation>Leveringswijze</translation>
        </message>
        <message>
            <source>Customer profile</source>
            <translation>Klantprofiel</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Leverancier</translation>
        </message>
        <message>
            <source>Provider session</source>
            <translation>Leverancierssessie</translation>
        </message>
        <message>
            <source>The {setting} {problem}. Was it pasted from a document? Copy it again from the channel.</source>
            <translation>Het veld {setting} {problem}. Is het uit een document geplakt? Kopieer het opnieuw uit het kanaal.</translation>
        </message>
        <message>
            <source>The {setting} {problem}.</source>
            <translation>Het veld {setting} {problem}.</translation>
        </message>
        <message>
            <source>the secret the affiliate system signs its webhooks with (orderdesk sync --watch --listen)</source>
            <translation>het geheim waarmee het affiliatesysteem zijn webhooks ondertekent (orderdesk sync --watch --listen)</translation>
        </message>
        <message>
            <source>the OAuth2 token endpoint of this installation</source>
            <translation>het OAuth2-tokenadres van deze installatie</translation>
        </message>
        <message>
            <source>only when references repeat across webshops</source>
            <translation>alleen als referenties in meerdere webshops voorkomen</translation>
        </message>
        <message>
            <source>name=attributeN pairs, comma separated, e.g. coupon code=attribute1</source>
            <translation>paren naam=attributeN, gescheiden door komma's, bijv. coupon code=attribute1</translation>
        </message>
        <message>
            <source>needed to add orders</source>
            <translation>nodig om orders toe te voegen</translation>
        </message>
        <message>
            <source>DeliveryModeId for purchases</source>
            <translation>DeliveryModeId voor inkopen</translation>
        </message>
        <message>
            <source>default: the customer's first</source>
            <translation>standaard: het eerste van de klant</translation>
        </message>
        <message>
            <source>autopurchase provider, default Taobao</source>
            <translation>autopurchase-leverancier, standaard Taobao</translation>
        </message>
    </context>
    <context>
        <name>ErpNumbers</name>
        <message>
            <source>The ERP line number</source>
            <translation>Het ERP-regelnummer</translation>
        </message>
        <message>
            <source>ERP numbers: '{value}' is neither auto nor manual. Write auto to let OrderDesk number orders when they are acknowledged, or manual to enter the numbers yourself.</source>
            <translation>ERP-nummers: '{value}' is auto noch manual. Schrijf auto om OrderDesk orders te laten nummeren wanneer ze worden bevestigd, of manual om de nummers zelf in te voeren.</translation>
        </message>
        <message numerus="yes">
            <source>The ERP prefix is %n character(s) long; keep it to {limit}.</source>
            <translation>
                <numerusform>Het ERP-voorvoegsel is %n teken lang; houd het op hoogstens {limit}.</numerusform>
                <numerusform>Het ERP-voorvoegsel is %n tekens lang; houd het op hoogstens {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The ERP prefix cannot contain spaces or invisible characters.</source>
            <translation>Het ERP-voorvoegsel mag geen spaties of onzichtbare tekens bevatten.</translation>
        </message>
        <message numerus="yes">
            <source>The ERP order number is %n character(s) long; CloudSuite takes at most {limit}.</source>
            <translation>
                <numerusform>Het ERP-ordernummer is %n teken lang; CloudSuite neemt er hoogstens {limit}.</numerusform>
                <numerusform>Het ERP-ordernummer is %n tekens lang; CloudSuite neemt er hoogstens {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The ERP order number contains invisible characters.</source>
            <translation>Het ERP-ordernummer bevat onzichtbare tekens.</translation>
        </message>
        <message>
            <source>{what} must be a whole number above zero, not '{value}'.</source>
            <translation>{what} moet een geheel getal groter dan nul zijn, niet '{value}'.</translation>
        </message>
        <message>
            <source>{what} is too big for CloudSuite ({value}).</source>
            <translation>{what} is te groot voor CloudSuite ({value}).</translation>
        </message>
        <message>
            <source>The ERP order number is empty.</source>
            <translation>Het ERP-ordernummer is leeg.</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Acknowledgement</source>
            <translation>Bevestiging</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Statuswijziging</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Wijziging</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Splitsing</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>Verzending</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Annulering</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Factuur</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Attributen</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Voorraad</translation>
        </message>
        <message>
            <source>ERP order number</source>
            <translation>ERP-ordernummer</translation>
        </message>
        <message>
            <source>ERP line numbers</source>
            <translation>ERP-regelnummers</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Inkoop</translation>
        </message>
        <message>
            <source>Purchase cancellation</source>
            <translation>Annulering inkoop</translation>
        </message>
        <message>
            <source>Purchase payment</source>
            <translation>Betaling inkoop</translation>
        </message>
    </context>
    <context>
        <name>EventState</name>
        <message>
            <source>Waiting</source>
            <translation>Wachtend</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wordt verzonden</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>Checking (answer lost)</source>
            <translation>Wordt gecontroleerd (antwoord verloren)</translation>
        </message>
        <message>
            <source>Discarded</source>
            <translation>Verworpen</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>{value} is not an amount</source>
            <translation>{value} is geen bedrag</translation>
        </message>
        <message>
            <source>an amount cannot be true or false</source>
            <translation>een bedrag kan niet waar of onwaar zijn</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Pending</source>
            <translation>In afwachting</translation>
        </message>
        <message>
            <source>Processing</source>
            <translation>In behandeling</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Ingepakt</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Verzonden</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Afgeleverd</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Geretourneerd</translation>
        </message>
    </context>
    <context>
        <name>OrderStatusWord</name>
        <message>
            <source>pending</source>
            <translation>in afwachting</translation>
        </message>
        <message>
            <source>processing</source>
            <translation>in behandeling</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>ingepakt</translation>
        </message>
        <message>
            <source>dispatched</source>
            <translation>verzonden</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>afgeleverd</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>geretourneerd</translation>
        </message>
    </context>
    <context>
        <name>PaymentStatus</name>
        <message>
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Onbetaald</translation>
        </message>
        <message>
            <source>Invoice later</source>
            <translation>Later factureren</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Terugbetaald</translation>
        </message>
    </context>
    <context>
        <name>PurchaseState</name>
        <message>
            <source>Placing</source>
            <translation>Wordt geplaatst</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Geplaatst</translation>
        </message>
        <message>
            <source>Paying</source>
            <translation>Wordt betaald</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <source>Cancelling</source>
            <translation>Wordt geannuleerd</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
    </context>
    <context>
        <name>Purchasing</name>
        <message>
            <source>the product is no longer available (sold out at the seller): remove it or choose the same at another seller</source>
            <translation>het product is niet meer leverbaar (uitverkocht bij de verkoper): verwijder het of kies hetzelfde bij een andere verkoper</translation>
        </message>
        <message>
            <source>the configuration (colour, size) does not exist or ran out: choose another one or another seller</source>
            <translation>de configuratie (kleur, maat) bestaat niet of is op: kies een andere of een andere verkoper</translation>
        </message>
        <message>
            <source>the seller is gone from the site: choose the same product at another seller</source>
            <translation>de verkoper is van de site verdwenen: kies hetzelfde product bij een andere verkoper</translation>
        </message>
        <message>
            <source>a field of the line is wrong: check the item id, configuration and quantity</source>
            <translation>een veld van de regel klopt niet: controleer het artikel-id, de configuratie en de hoeveelheid</translation>
        </message>
        <message>
            <source>{what}: OT left it out ({requested} wanted). Possible reasons: {reasons}.</source>
            <translation>{what}: OT heeft het weggelaten ({requested} gevraagd). Mogelijke oorzaken: {reasons}.</translation>
        </message>
        <message>
            <source>item {item} (configuration {config})</source>
            <translation>artikel {item} (configuratie {config})</translation>
        </message>
        <message>
            <source>item {item}</source>
            <translation>artikel {item}</translation>
        </message>
        <message>
            <source>{what}: OT ordered {ordered} of {requested} - the seller has no more of it; buy the rest at another seller or accept fewer</source>
            <translation>{what}: OT heeft er {ordered} van {requested} besteld - de verkoper heeft er niet meer van; koop de rest bij een andere verkoper of accepteer minder</translation>
        </message>
        <message>
            <source>Check the autopurchase address settings in OT (address in China, phone number).</source>
            <translation>Controleer de adresinstellingen van autopurchase in OT (adres in China, telefoonnummer).</translation>
        </message>
        <message>
            <source>The provider's limit of unpaid orders is reached: pay on the provider's site, then export again.</source>
            <translation>De limiet van onbetaalde bestellingen bij de leverancier is bereikt: betaal op de site van de leverancier en exporteer daarna opnieuw.</translation>
        </message>
        <message>
            <source>The provider's goods no longer match the order (quantity, price): check the lines and export again.</source>
            <translation>De goederen van de leverancier komen niet meer overeen met de bestelling (hoeveelheid, prijs): controleer de regels en exporteer opnieuw.</translation>
        </message>
        <message>
            <source>The provider could not be reached: try again later.</source>
            <translation>De leverancier was niet bereikbaar: probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>Line {line} has no SKU or ot_item_id, so there is nothing to buy on OT Platform.</source>
            <translation>Regel {line} heeft geen SKU of ot_item_id, dus er valt niets in te kopen op OT Platform.</translation>
        </message>
        <message>
            <source>The order has no lines to buy.</source>
            <translation>De order heeft geen regels om in te kopen.</translation>
        </message>
        <message>
            <source>{message}. {hint}</source>
            <translation>{message}. {hint}</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>operator</source>
            <translation>operator</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>beheerder</translation>
        </message>
        <message>
            <source>An operator may not retry sync events; ask a supervisor.</source>
            <translation>Een operator mag synchronisatiewijzigingen niet opnieuw proberen; vraag het een supervisor.</translation>
        </message>
        <message>
            <source>An operator may not discard sync events; ask a supervisor.</source>
            <translation>Een operator mag synchronisatiewijzigingen niet verwerpen; vraag het een supervisor.</translation>
        </message>
        <message>
            <source>An operator may not resolve conflicts with a channel; ask a supervisor.</source>
            <translation>Een operator mag conflicten met een kanaal niet oplossen; vraag het een supervisor.</translation>
        </message>
        <message>
            <source>An operator may not export the sync log; ask a supervisor.</source>
            <translation>Een operator mag het synchronisatielogboek niet exporteren; vraag het een supervisor.</translation>
        </message>
        <message>
            <source>An operator may not change channels; ask an admin.</source>
            <translation>Een operator mag kanalen niet wijzigen; vraag het een beheerder.</translation>
        </message>
        <message>
            <source>An operator may not change settings; ask an admin.</source>
            <translation>Een operator mag instellingen niet wijzigen; vraag het een beheerder.</translation>
        </message>
        <message>
            <source>An operator may not grant roles; ask an admin.</source>
            <translation>Een operator mag geen rollen toekennen; vraag het een beheerder.</translation>
        </message>
        <message>
            <source>A supervisor may not change channels; ask an admin.</source>
            <translation>Een supervisor mag kanalen niet wijzigen; vraag het een beheerder.</translation>
        </message>
        <message>
            <source>A supervisor may not change settings; ask an admin.</source>
            <translation>Een supervisor mag instellingen niet wijzigen; vraag het een beheerder.</translation>
        </message>
        <message>
            <source>A supervisor may not grant roles; ask an admin.</source>
            <translation>Een supervisor mag geen rollen toekennen; vraag het een beheerder.</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>geen rol</translation>
        </message>
        <message>
            <source>This login has no OrderDesk role; ask an admin to grant one.</source>
            <translation>Deze login heeft geen OrderDesk-rol; vraag een beheerder er een toe te kennen.</translation>
        </message>
    </context>
    <context>
        <name>SecretExpiry</name>
        <message>
            <source>{channel}: the password or token expired on {day}; renew it in Channels settings</source>
            <translation>{channel}: het wachtwoord of token is verlopen op {day}; vernieuw het in de kanaalinstellingen</translation>
        </message>
        <message>
            <source>{channel}: the password or token expires today; renew it in Channels settings</source>
            <translation>{channel}: het wachtwoord of token verloopt vandaag; vernieuw het in de kanaalinstellingen</translation>
        </message>
        <message numerus="yes">
            <source>{channel}: the password or token expires in %n day(s) ({day})</source>
            <translation>
                <numerusform>{channel}: het wachtwoord of token verloopt over %n dag ({day})</numerusform>
                <numerusform>{channel}: het wachtwoord of token verloopt over %n dagen ({day})</numerusform>
            </translation>
        </message>
        <message>
            <source>'{value}' is not a date: write it as year-month-day, e.g. 2027-01-31.</source>
            <translation>'{value}' is geen datum: schrijf hem als jaar-maand-dag, bijv. 2027-01-31.</translation>
        </message>
    </context>
    <context>
        <name>Split</name>
        <message>
            <source>Choose at least one line and a quantity to move to the new order.</source>
            <translation>Kies minstens één regel en een hoeveelheid om naar de nieuwe order te verplaatsen.</translation>
        </message>
        <message>
            <source>Moving every unit is not a split: at least one unit must stay on the original order.</source>
            <translation>Alle stuks verplaatsen is geen splitsing: er moet minstens één stuk op de oorspronkelijke order blijven.</translation>
        </message>
        <message>
            <source>Every new order needs at least one line.</source>
            <translation>Elke nieuwe order heeft minstens één regel nodig.</translation>
        </message>
        <message>
            <source>Line {line} is not on this order.</source>
            <translation>Regel {line} staat niet op deze order.</translation>
        </message>
        <message>
            <source>The quantity for {sku} must be a whole number.</source>
            <translation>De hoeveelheid voor {sku} moet een geheel getal zijn.</translation>
        </message>
        <message>
            <source>Move at least 1 unit of {sku}, or leave the line out.</source>
            <translation>Verplaats minstens 1 stuk van {sku}, of laat de regel weg.</translation>
        </message>
        <message numerus="yes">
            <source>{sku} has %n unit(s); you cannot move {moved}.</source>
            <translation>
                <numerusform>{sku} heeft %n stuk; u kunt er geen {moved} verplaatsen.</numerusform>
                <numerusform>{sku} heeft %n stuks; u kunt er geen {moved} verplaatsen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusMap</name>
        <message>
            <source>Status mapping: {problem}</source>
            <translation>Statustoewijzing: {problem}</translation>
        </message>
        <message>
            <source>'{item}' names no OrderDesk status before '='. Use one of: {choices}.</source>
            <translation>'{item}' noemt geen OrderDesk-status vóór '='. Gebruik een van: {choices}.</translation>
        </message>
        <message>
            <source>'{item}' has no '='. Write OrderDesk status=channel word, e.g. pending=new.</source>
            <translation>'{item}' heeft geen '='. Schrijf OrderDesk-status=woord van het kanaal, bijv. pending=new.</translation>
        </message>
        <message>
            <source>{status} is mapped twice ('{first}' and '{item}'). Put all its channel words in one place, separated by '|', e.g. {example}.</source>
            <translation>{status} is twee keer toegewezen ('{first}' en '{item}'). Zet alle woorden van het kanaal ervoor op één plek, gescheiden door '|', bijv. {example}.</translation>
        </message>
        <message>
            <source>'{name}' (in '{item}') is not an OrderDesk status. Use one of: {choices}.</source>
            <translation>'{name}' (in '{item}') is geen OrderDesk-status. Gebruik een van: {choices}.</translation>
        </message>
        <message>
            <source>'{item}' has an empty channel word. Write the channel's word after '=' (several separated by '|', e.g. {example}).</source>
            <translation>'{item}' heeft een leeg woord van het kanaal. Schrijf het woord van het kanaal na '=' (meerdere gescheiden door '|', bijv. {example}).</translation>
        </message>
        <message>
            <source>the channel word '{word}' is listed twice for {status}.</source>
            <translation>het woord van het kanaal '{word}' staat twee keer bij {status}.</translation>
        </message>
    </context>
    <context>
        <name>Statuses</name>
        <message>
            <source>edited</source>
            <translation>bewerkt</translation>
        </message>
        <message>
            <source>split</source>
            <translation>gesplitst</translation>
        </message>
        <message>
            <source>A {current} order cannot be set to {target}. Allowed next: {options}.</source>
            <translation>Een order met status {current} kan niet de status {target} krijgen. Toegestaan als volgende: {options}.</translation>
        </message>
        <message>
            <source>The order is already {status}.</source>
            <translation>De order is al {status}.</translation>
        </message>
        <message>
            <source>A dispatched order cannot be cancelled; create a return instead.</source>
            <translation>Een verzonden order kan niet worden geannuleerd; maak in plaats daarvan een retour aan.</translation>
        </message>
        <message>
            <source>none, it is final</source>
            <translation>geen, dit is de eindstatus</translation>
        </message>
        <message>
            <source>A {status} order can no longer be {what}.</source>
            <translation>Een order met status {status} kan niet meer worden {what}.</translation>
        </message>
        <message>
            <source>'{value}' is not an order status. Use one of: {choices}.</source>
            <translation>'{value}' is geen orderstatus. Gebruik een van: {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is not a payment status. Use one of: {choices}.</source>
            <translation>'{value}' is geen betaalstatus. Gebruik een van: {choices}.</translation>
        </message>
        <message>
            <source>Only a dispatched order can be returned.</source>
            <translation>Alleen een verzonden order kan retour komen.</translation>
        </message>
        <message>
            <source>This order is not paid. Processing it needs a payment override with a reason.</source>
            <translation>Deze order is niet betaald. Voor verdere behandeling is een betalingsuitzondering met een reden nodig.</translation>
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message>
            <source>Synced</source>
            <translation>Gesynchroniseerd</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Wachtend</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>The base URL</source>
            <translation>De basis-URL</translation>
        </message>
        <message>
            <source>{label} contains spaces or control characters; a web address has none.</source>
            <translation>{label} bevat spaties of stuurtekens; een webadres heeft die niet.</translation>
        </message>
        <message>
            <source>{label} must not carry a login or password (user:password@...): enter the login in its own field and the password or token as the channel's secret, which is kept in the OS keyring.</source>
            <translation>{label} mag geen login of wachtwoord bevatten (gebruiker:wachtwoord@...): vul de login in een eigen veld in en het wachtwoord of token als geheim van het kanaal, dat in de sleutelbos van het besturingssysteem wordt bewaard.</translation>
        </message>
        <message>
            <source>{label} '{url}' is not a web address: it must start with https:// (or http:// for a simulator on this machine).</source>
            <translation>{label} '{url}' is geen webadres: het moet beginnen met https:// (of http:// voor een simulator op deze computer).</translation>
        </message>
        <message>
            <source>{label} '{url}' has a port that does not exist: ports run from 1 to 65535.</source>
            <translation>{label} '{url}' heeft een poort die niet bestaat: poorten lopen van 1 tot en met 65535.</translation>
        </message>
        <message>
            <source>{label} '{url}' uses plain http: use https:// so that credentials are not sent in the clear.</source>
            <translation>{label} '{url}' gebruikt onversleuteld http: gebruik https://, zodat inloggegevens niet leesbaar worden verzonden.</translation>
        </message>
        <message>
            <source>{label} is empty.</source>
            <translation>{label} is leeg.</translation>
        </message>
        <message>
            <source>{label} '{url}' names no server.</source>
            <translation>{label} '{url}' noemt geen server.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>The external_id</source>
            <translation>Het external_id</translation>
        </message>
        <message>
            <source>The customer</source>
            <translation>De klant</translation>
        </message>
        <message>
            <source>The status</source>
            <translation>De status</translation>
        </message>
        <message>
            <source>{label} must be a date and time as text (use ISO 8601, e.g. 2026-11-23T10:42:00Z), not {kind}.</source>
            <translation>{label} moet een datum en tijd als tekst zijn (gebruik ISO 8601, bijv. 2026-11-23T10:42:00Z), niet {kind}.</translation>
        </message>
        <message>
            <source>{label} must be an object, not {kind}.</source>
            <translation>{label} moet een object zijn, niet {kind}.</translation>
        </message>
        <message>
            <source>{attributes}: a name</source>
            <translation>{attributes}: een naam</translation>
        </message>
        <message>
            <source>{attributes}: the value of {key}</source>
            <translation>{attributes}: de waarde van {key}</translation>
        </message>
        <message>
            <source>Line {position} is not an object.</source>
            <translation>Regel {position} is geen object.</translation>
        </message>
        <message>
            <source>Line {position} SKU</source>
            <translation>De SKU van regel {position}</translation>
        </message>
        <message>
            <source>Line {position} price</source>
            <translation>De prijs van regel {position}</translation>
        </message>
        <message>
            <source>Line {position} quantity</source>
            <translation>De hoeveelheid van regel {position}</translation>
        </message>
        <message>
            <source>An order must be a JSON object.</source>
            <translation>Een order moet een JSON-object zijn.</translation>
        </message>
        <message>
            <source>It has no external_id.</source>
            <translation>Er is geen external_id.</translation>
        </message>
        <message>
            <source>The reference</source>
            <translation>De referentie</translation>
        </message>
        <message>
            <source>It has no lines.</source>
            <translation>Er zijn geen regels.</translation>
        </message>
        <message numerus="yes">
            <source>It has %Ln line(s); at most {limit} are taken.</source>
            <translation>
                <numerusform>Er is %Ln regel; er worden er hoogstens {limit} aangenomen.</numerusform>
                <numerusform>Er zijn %Ln regels; er worden er hoogstens {limit} aangenomen.</numerusform>
            </translation>
        </message>
        <message>
            <source>{label} '{value}' is not a date and time (use ISO 8601, e.g. 2026-11-23T10:42:00Z).</source>
            <translation>{label} '{value}' is geen datum en tijd (gebruik ISO 8601, bijv. 2026-11-23T10:42:00Z).</translation>
        </message>
        <message>
            <source>The shipping address</source>
            <translation>Het verzendadres</translation>
        </message>
        <message>
            <source>The billing address</source>
            <translation>Het factuuradres</translation>
        </message>
        <message>
            <source>The consignment number</source>
            <translation>Het zendingnummer</translation>
        </message>
        <message>
            <source>The carrier</source>
            <translation>De vervoerder</translation>
        </message>
        <message>
            <source>The ERP order number</source>
            <translation>Het ERP-ordernummer</translation>
        </message>
        <message>
            <source>The attributes</source>
            <translation>De attributen</translation>
        </message>
        <message>
            <source>The channel_data</source>
            <translation>De channel_data</translation>
        </message>
        <message>
            <source>{address}: {key}</source>
            <translation>{address}: {key}</translation>
        </message>
        <message>
            <source>Line {position} external id</source>
            <translation>Het externe id van regel {position}</translation>
        </message>
        <message>
            <source>Line {position} ERP line number</source>
            <translation>Het ERP-regelnummer van regel {position}</translation>
        </message>
        <message>
            <source>Line {position} tracking number</source>
            <translation>Het trackingnummer van regel {position}</translation>
        </message>
        <message>
            <source>Line {position} attributes</source>
            <translation>De attributen van regel {position}</translation>
        </message>
        <message>
            <source>The channel status</source>
            <translation>De kanaalstatus</translation>
        </message>
        <message>
            <source>The source</source>
            <translation>De bron</translation>
        </message>
        <message>
            <source>Line {position} name</source>
            <translation>De naam van regel {position}</translation>
        </message>
        <message>
            <source>The payment status</source>
            <translation>De betaalstatus</translation>
        </message>
        <message>
            <source>The customer name</source>
            <translation>De klantnaam</translation>
        </message>
        <message>
            <source>The customer phone</source>
            <translation>Het telefoonnummer van de klant</translation>
        </message>
        <message>
            <source>{label} must be text, not {kind}.</source>
            <translation>{label} moet tekst zijn, niet {kind}.</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>De reden</translation>
        </message>
        <message>
            <source>The quantity</source>
            <translation>De hoeveelheid</translation>
        </message>
        <message>
            <source>The price</source>
            <translation>De prijs</translation>
        </message>
        <message>
            <source>The SKU</source>
            <translation>De SKU</translation>
        </message>
        <message>
            <source>The attribute name</source>
            <translation>De attribuutnaam</translation>
        </message>
        <message>
            <source>The order total</source>
            <translation>Het ordertotaal</translation>
        </message>
        <message>
            <source>The shipping</source>
            <translation>De verzendkosten</translation>
        </message>
        <message>
            <source>The commission rate</source>
            <translation>Het commissiepercentage</translation>
        </message>
        <message>
            <source>The shipping name</source>
            <translation>De naam in het verzendadres</translation>
        </message>
        <message>
            <source>The shipping company</source>
            <translation>Het bedrijf in het verzendadres</translation>
        </message>
        <message>
            <source>The shipping street</source>
            <translation>De straat in het verzendadres</translation>
        </message>
        <message>
            <source>The shipping city</source>
            <translation>De plaats in het verzendadres</translation>
        </message>
        <message>
            <source>The shipping postcode</source>
            <translation>De postcode in het verzendadres</translation>
        </message>
        <message>
            <source>The shipping region</source>
            <translation>De regio in het verzendadres</translation>
        </message>
        <message>
            <source>The shipping country</source>
            <translation>Het land in het verzendadres</translation>
        </message>
        <message>
            <source>The shipping phone</source>
            <translation>Het telefoonnummer in het verzendadres</translation>
        </message>
        <message>
            <source>The billing name</source>
            <translation>De naam in het factuuradres</translation>
        </message>
        <message>
            <source>The billing company</source>
            <translation>Het bedrijf in het factuuradres</translation>
        </message>
        <message>
            <source>The billing street</source>
            <translation>De straat in het factuuradres</translation>
        </message>
        <message>
            <source>The billing city</source>
            <translation>De plaats in het factuuradres</translation>
        </message>
        <message>
            <source>The billing postcode</source>
            <translation>De postcode in het factuuradres</translation>
        </message>
        <message>
            <source>The billing region</source>
            <translation>De regio in het factuuradres</translation>
        </message>
        <message>
            <source>The billing country</source>
            <translation>Het land in het factuuradres</translation>
        </message>
        <message>
            <source>The billing phone</source>
            <translation>Het telefoonnummer in het factuuradres</translation>
        </message>
        <message>
            <source>Order {order}: {problem}</source>
            <translation>Order {order}: {problem}</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} is verplicht.</translation>
        </message>
        <message numerus="yes">
            <source>{label} is %Ln character(s) long; the channel accepts at most {limit}.</source>
            <translation>
                <numerusform>{label} is %Ln teken lang; het kanaal accepteert er hoogstens {limit}.</numerusform>
                <numerusform>{label} is %Ln tekens lang; het kanaal accepteert er hoogstens {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The consignment number may hold only letters, digits, spaces and . / _ -</source>
            <translation>Het zendingnummer mag alleen letters, cijfers, spaties en . / _ - bevatten</translation>
        </message>
        <message>
            <source>{label} must be a whole number, not {value}.</source>
            <translation>{label} moet een geheel getal zijn, niet {value}.</translation>
        </message>
        <message numerus="yes">
            <source>{label} is {value}; at most %Ln unit(s) fit a line.</source>
            <translation>
                <numerusform>{label} is {value}; er past hoogstens %Ln stuk op een regel.</numerusform>
                <numerusform>{label} is {value}; er passen hoogstens %Ln stuks op een regel.</numerusform>
            </translation>
        </message>
        <message>
            <source>The e-mail address</source>
            <translation>Het e-mailadres</translation>
        </message>
        <message>
            <source>'{value}' is not an e-mail address.</source>
            <translation>'{value}' is geen e-mailadres.</translation>
        </message>
        <message>
            <source>'{name}' is not a usable attribute name: start with a letter; letters, digits, spaces, _ and - only.</source>
            <translation>'{name}' is geen bruikbare attribuutnaam: begin met een letter; alleen letters, cijfers, spaties, _ en -.</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>leeg</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>een object</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>een lijst</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>waar of onwaar</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>een getal</translation>
        </message>
        <message>
            <source>{label} is too large: amounts must stay below {limit}.</source>
            <translation>{label} is te groot: bedragen moeten onder {limit} blijven.</translation>
        </message>
        <message>
            <source>{label} has too many decimals (at most {limit}).</source>
            <translation>{label} heeft te veel decimalen (hoogstens {limit}).</translation>
        </message>
        <message>
            <source>{label} would be {value}; amounts must stay below {limit}.</source>
            <translation>{label} zou {value} worden; bedragen moeten onder {limit} blijven.</translation>
        </message>
        <message>
            <source>{label} is {value}%; it must be between 0 and 100%.</source>
            <translation>{label} is {value}%; het moet tussen 0 en 100% liggen.</translation>
        </message>
        <message>
            <source>'{value}' is not a currency: use its three-letter ISO 4217 code, such as EUR.</source>
            <translation>'{value}' is geen valuta: gebruik de drieletterige ISO 4217-code, zoals EUR.</translation>
        </message>
        <message>
            <source>The external id</source>
            <translation>Het externe id</translation>
        </message>
        <message>
            <source>The customer e-mail</source>
            <translation>Het e-mailadres van de klant</translation>
        </message>
        <message>
            <source>The order's attributes</source>
            <translation>De attributen van de order</translation>
        </message>
        <message>
            <source>The lines total</source>
            <translation>Het totaal van de regels</translation>
        </message>
        <message>
            <source>The channel's data for the order</source>
            <translation>De gegevens van het kanaal voor de order</translation>
        </message>
        <message>
            <source>{attributes}: the name {key}</source>
            <translation>{attributes}: de naam {key}</translation>
        </message>
        <message>
            <source>{label} holds a NUL character, which no text may hold.</source>
            <translation>{label} bevat een NUL-teken, dat geen enkele tekst mag bevatten.</translation>
        </message>
        <message>
            <source>{label} must be a whole number.</source>
            <translation>{label} moet een geheel getal zijn.</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label} mag niet negatief zijn.</translation>
        </message>
        <message>
            <source>{label} must be at least 1.</source>
            <translation>{label} moet minstens 1 zijn.</translation>
        </message>
        <message>
            <source>{label} cannot contain spaces.</source>
            <translation>{label} mag geen spaties bevatten.</translation>
        </message>
        <message>
            <source>{label} must be a number, not {value}.</source>
            <translation>{label} moet een getal zijn, niet {value}.</translation>
        </message>
        <message>
            <source>The currency must be a three-letter code such as EUR, not {kind}.</source>
            <translation>De valuta moet een code van drie letters zijn, zoals EUR, niet {kind}.</translation>
        </message>
        <message>
            <source>The order: {problem}</source>
            <translation>De order: {problem}</translation>
        </message>
        <message>
            <source>The order has no lines.</source>
            <translation>De order heeft geen regels.</translation>
        </message>
        <message numerus="yes">
            <source>The order has %Ln line(s); at most {limit} are taken.</source>
            <translation>
                <numerusform>De order heeft %Ln regel; er worden er hoogstens {limit} aangenomen.</numerusform>
                <numerusform>De order heeft %Ln regels; er worden er hoogstens {limit} aangenomen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The channel's data for the order is %Ln character(s); at most {limit}.</source>
            <translation>
                <numerusform>De gegevens van het kanaal voor de order zijn %Ln teken; hoogstens {limit}.</numerusform>
                <numerusform>De gegevens van het kanaal voor de order zijn %Ln tekens; hoogstens {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {position} total</source>
            <translation>Het totaal van regel {position}</translation>
        </message>
        <message>
            <source>{label} is nested more than {limit} levels deep.</source>
            <translation>{label} is meer dan {limit} niveaus diep genest.</translation>
        </message>
    </context>
</TS>
