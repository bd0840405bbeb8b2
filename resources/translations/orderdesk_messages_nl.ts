<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AttributeService</name>
        <message>
            <source>Give at least one attribute as name=value.</source>
            <translation>Geef minstens één attribuut op als naam=waarde.</translation>
        </message>
        <message>
            <source>The value of {key}</source>
            <translation>De waarde van {key}</translation>
        </message>
        <message>
            <source>'{item}' is not name=value.</source>
            <translation>‘{item}’ is geen naam=waarde.</translation>
        </message>
    </context>
    <context>
        <name>ChannelErrors</name>
        <message>
            <source>{channel} did not answer the connection in time.</source>
            <translation>{channel} heeft niet op tijd op de verbinding gereageerd.</translation>
        </message>
        <message>
            <source>credentials expired, renewing: {message}</source>
            <translation>inloggegevens verlopen, worden vernieuwd: {message}</translation>
        </message>
        <message>
            <source>rate limited: {message}</source>
            <translation>snelheidslimiet bereikt: {message}</translation>
        </message>
        <message>
            <source>{channel} asked us to slow down (HTTP 429): {message}</source>
            <translation>{channel} vraagt ons het rustiger aan te doen (HTTP 429): {message}</translation>
        </message>
        <message>
            <source>{channel} had a server error (HTTP {status}): {message}</source>
            <translation>{channel} had een serverfout (HTTP {status}): {message}</translation>
        </message>
        <message>
            <source>{channel} refused the credentials (HTTP {status}): {message}</source>
            <translation>{channel} heeft de inloggegevens geweigerd (HTTP {status}): {message}</translation>
        </message>
        <message>
            <source>{channel} refused the request (HTTP {status}): {message}</source>
            <translation>{channel} heeft het verzoek geweigerd (HTTP {status}): {message}</translation>
        </message>
        <message>
            <source>{channel} took too long to answer; the request may have been received.</source>
            <translation>{channel} deed er te lang over om te antwoorden; het verzoek is misschien wel ontvangen.</translation>
        </message>
        <message>
            <source>The secure connection to {channel} at {where} failed: its certificate is not trusted here, has expired, or was made for another name (or the server does not speak https).</source>
            <translation>De beveiligde verbinding met {channel} op {where} is mislukt: het certificaat wordt hier niet vertrouwd, is verlopen of is voor een andere naam gemaakt (of de server spreekt geen https).</translation>
        </message>
        <message>
            <source>{channel}'s server {where} is not known: check the address (or this computer's network).</source>
            <translation>De server {where} van {channel} is onbekend: controleer het adres (of het netwerk van deze computer).</translation>
        </message>
        <message>
            <source>{channel} refused the connection at {where}: nothing answers there (is the address and port right, and the service running?).</source>
            <translation>{channel} heeft de verbinding op {where} geweigerd: daar antwoordt niets (kloppen het adres en de poort, en draait de dienst?).</translation>
        </message>
        <message>
            <source>The connection to {channel} dropped before it answered; the request may have been received.</source>
            <translation>De verbinding met {channel} viel weg voordat er antwoord kwam; het verzoek is misschien wel ontvangen.</translation>
        </message>
        <message>
            <source>{channel} cannot be reached at {where}; check the address and the network.</source>
            <translation>{channel} is niet bereikbaar op {where}; controleer het adres en het netwerk.</translation>
        </message>
        <message>
            <source>{channel} cannot be called: what is stored for its {header} header has a character a channel cannot carry. Enter the channel's secrets and settings again.</source>
            <translation>{channel} kan niet worden aangeroepen: wat voor de header {header} is opgeslagen, bevat een teken dat een kanaal niet kan overbrengen. Voer de geheimen en instellingen van het kanaal opnieuw in.</translation>
        </message>
        <message>
            <source>{channel} answered something that is not JSON (HTTP {status}): {snippet}</source>
            <translation>{channel} antwoordde iets wat geen JSON is (HTTP {status}): {snippet}</translation>
        </message>
    </context>
    <context>
        <name>ChannelService</name>
        <message>
            <source>The channel name</source>
            <translation>De kanaalnaam</translation>
        </message>
        <message>
            <source>The polling interval must be at least 10 seconds.</source>
            <translation>Het ophaalinterval moet minstens 10 seconden zijn.</translation>
        </message>
        <message>
            <source>The polling interval can be at most 86,400 seconds (a day).</source>
            <translation>Het ophaalinterval kan hoogstens 86.400 seconden (een dag) zijn.</translation>
        </message>
        <message>
            <source>The rate limit cannot be negative.</source>
            <translation>De snelheidslimiet kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>The rate limit can be at most 100,000 calls per minute.</source>
            <translation>De snelheidslimiet kan hoogstens 100.000 aanroepen per minuut zijn.</translation>
        </message>
        <message>
            <source>A channel name may hold letters, digits, spaces, '.', '_' and '-'.</source>
            <translation>Een kanaalnaam mag letters, cijfers, spaties, '.', '_' en '-' bevatten.</translation>
        </message>
        <message>
            <source>A {kind} channel needs: {fields}.</source>
            <translation>Een kanaal van het type {kind} heeft dit nodig: {fields}.</translation>
        </message>
        <message>
            <source>There is already a channel called '{name}'.</source>
            <translation>Er is al een kanaal met de naam ‘{name}’.</translation>
        </message>
        <message numerus="yes">
            <source>Channel {name} still has %n order(s). Disable it instead, so its orders keep their history.</source>
            <translation>
                <numerusform>Kanaal {name} heeft nog %n order. Schakel het kanaal liever uit, zodat de orders hun geschiedenis houden.</numerusform>
                <numerusform>Kanaal {name} heeft nog %n orders. Schakel het kanaal liever uit, zodat de orders hun geschiedenis houden.</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>{kind} channels have no option {options}. Options: {allowed}.</source>
            <translation>Kanalen van het type {kind} hebben geen optie {options}. Opties: {allowed}.</translation>
        </message>
        <message>
            <source>{kind} channels keep no secret called {secrets}. Secrets: {allowed}.</source>
            <translation>Kanalen van het type {kind} bewaren geen geheim met de naam {secrets}. Geheimen: {allowed}.</translation>
        </message>
        <message>
            <source>The retry limit must be between 0 and 100.</source>
            <translation>Het maximum aantal pogingen moet tussen 0 en 100 liggen.</translation>
        </message>
        <message>
            <source>'{item}' is not key=value.</source>
            <translation>‘{item}’ is geen sleutel=waarde.</translation>
        </message>
        <message>
            <source>The {secret} is required for a {kind} channel: give a new one instead of clearing it.</source>
            <translation>Een kanaal van het type {kind} kan niet zonder {secret}: geef een nieuwe op in plaats van deze te wissen.</translation>
        </message>
        <message>
            <source>The {secret} cannot be both replaced and cleared.</source>
            <translation>{secret} kan niet tegelijk worden vervangen en gewist.</translation>
        </message>
    </context>
    <context>
        <name>ConflictService</name>
        <message>
            <source>Order {reference}: the local version will be sent.</source>
            <translation>Order {reference}: de lokale versie wordt verzonden naar het kanaal.</translation>
        </message>
        <message numerus="yes">
            <source>Order {reference}: took the channel's version; %n unsent change(s) dropped.</source>
            <translation>
                <numerusform>Order {reference}: de versie van het kanaal is overgenomen; %n niet verzonden wijziging vervalt.</numerusform>
                <numerusform>Order {reference}: de versie van het kanaal is overgenomen; %n niet verzonden wijzigingen vervallen.</numerusform>
            </translation>
        </message>
        <message>
            <source>replaced by the channel's version ({user})</source>
            <translation>vervangen door de versie van het kanaal ({user})</translation>
        </message>
        <message>
            <source>Order {reference} has no conflict to resolve.</source>
            <translation>Order {reference} heeft geen conflict om op te lossen.</translation>
        </message>
        <message>
            <source>Order {reference} has lost the channel's version; pull it again.</source>
            <translation>Van order {reference} is de versie van het kanaal niet meer aanwezig; haal de order opnieuw op.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>A PostgreSQL database needs the psycopg2 driver, which is not installed: install orderdesk[postgresql] (pip install 'orderdesk[postgresql]').</source>
            <translation>Een PostgreSQL-database heeft het stuurprogramma psycopg2 nodig, dat niet is geïnstalleerd: installeer orderdesk[postgresql] (pip install 'orderdesk[postgresql]').</translation>
        </message>
        <message>
            <source>The order database {database} is read-only, so changes are not possible.</source>
            <translation>De orderdatabase {database} is alleen-lezen, dus wijzigingen zijn niet mogelijk.</translation>
        </message>
        <message>
            <source>OrderDesk keeps its orders in a SQLite file or PostgreSQL; {database} is neither.</source>
            <translation>OrderDesk bewaart zijn orders in een SQLite-bestand of in PostgreSQL; {database} is geen van beide.</translation>
        </message>
        <message>
            <source>The order database at {database} could not be opened: {problem}</source>
            <translation>De orderdatabase op {database} kon niet worden geopend: {problem}</translation>
        </message>
        <message>
            <source>{database} needs a driver that is not installed: {problem}</source>
            <translation>{database} heeft een stuurprogramma nodig dat niet is geïnstalleerd: {problem}</translation>
        </message>
        <message>
            <source>The order database at {database} is locked by another program; try again in a moment.</source>
            <translation>De orderdatabase op {database} is vergrendeld door een ander programma; probeer het zo meteen opnieuw.</translation>
        </message>
        <message>
            <source>Cannot create the folder for the order database {folder}: {problem}</source>
            <translation>De map voor de orderdatabase {folder} kan niet worden gemaakt: {problem}</translation>
        </message>
        <message>
            <source>The order database {database} was written by a newer OrderDesk (schema {found}, this one knows {known}); update OrderDesk before opening it.</source>
            <translation>De orderdatabase {database} is geschreven door een nieuwere OrderDesk (schema {found}, deze kent {known}); werk OrderDesk bij voordat u haar opent.</translation>
        </message>
        <message>
            <source>The order database {database} is read-only and holds no OrderDesk orders yet.</source>
            <translation>De orderdatabase {database} is alleen-lezen en bevat nog geen OrderDesk-orders.</translation>
        </message>
        <message>
            <source>The order database {database} is read-only and was written by an older OrderDesk (schema {found}): it needs an update to schema {known}, which cannot be written here. Open it once where it can be written, or copy it to a folder you can write to.</source>
            <translation>De orderdatabase {database} is alleen-lezen en is geschreven door een oudere OrderDesk (schema {found}): ze moet worden bijgewerkt naar schema {known}, wat hier niet kan worden geschreven. Open haar eenmaal op een plek waar ze beschrijfbaar is, of kopieer haar naar een map waarin u kunt schrijven.</translation>
        </message>
        <message>
            <source>this database was written by a newer OrderDesk (schema {found}, this one knows {known}); update OrderDesk before opening it</source>
            <translation>deze database is geschreven door een nieuwere OrderDesk (schema {found}, deze kent {known}); werk OrderDesk bij voordat u haar opent</translation>
        </message>
        <message>
            <source>The order database {path} cannot be read: {problem}.</source>
            <translation>De orderdatabase {path} kan niet worden gelezen: {problem}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} is een map, geen databasebestand.</translation>
        </message>
        <message>
            <source>{path} is another program's database (it holds tables such as {tables} and no OrderDesk orders); OrderDesk leaves it as it is. Name a new file or an OrderDesk database.</source>
            <translation>{path} is de database van een ander programma (met tabellen als {tables} en geen OrderDesk-orders); OrderDesk laat haar zoals ze is. Geef een nieuw bestand of een OrderDesk-database op.</translation>
        </message>
        <message>
            <source>{path} is not an OrderDesk database (it is not a SQLite file); OrderDesk leaves it as it is.</source>
            <translation>{path} is geen OrderDesk-database (het is geen SQLite-bestand); OrderDesk laat het bestand zoals het is.</translation>
        </message>
        <message>
            <source>The order database {path} is locked by another program; try again in a moment.</source>
            <translation>De orderdatabase {path} is vergrendeld door een ander programma; probeer het zo meteen opnieuw.</translation>
        </message>
        <message>
            <source>Cannot create the order database {path}: its folder is read-only.</source>
            <translation>De orderdatabase {path} kan niet worden gemaakt: de map is alleen-lezen.</translation>
        </message>
        <message>
            <source>The order database {path} is empty and read-only: there is nothing to show.</source>
            <translation>De orderdatabase {path} is leeg en alleen-lezen: er is niets te tonen.</translation>
        </message>
    </context>
    <context>
        <name>EditService</name>
        <message>
            <source>The customer name</source>
            <translation>De klantnaam</translation>
        </message>
        <message>
            <source>The customer e-mail</source>
            <translation>Het e-mailadres van de klant</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>Het telefoonnummer</translation>
        </message>
        <message>
            <source>The recipient</source>
            <translation>De ontvanger</translation>
        </message>
        <message>
            <source>The company</source>
            <translation>Het bedrijf</translation>
        </message>
        <message>
            <source>The street</source>
            <translation>De straat</translation>
        </message>
        <message>
            <source>The city</source>
            <translation>De plaats</translation>
        </message>
        <message>
            <source>The postcode</source>
            <translation>De postcode</translation>
        </message>
        <message>
            <source>The region</source>
            <translation>De regio</translation>
        </message>
        <message>
            <source>The country</source>
            <translation>Het land</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>De notitie</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Er is niets te wijzigen.</translation>
        </message>
        <message>
            <source>The quantity of {sku}</source>
            <translation>Het aantal van {sku}</translation>
        </message>
        <message>
            <source>The price of {sku}</source>
            <translation>De prijs van {sku}</translation>
        </message>
        <message>
            <source>The product name</source>
            <translation>De productnaam</translation>
        </message>
        <message>
            <source>'{item}' is not field=value.</source>
            <translation>‘{item}’ is geen veld=waarde.</translation>
        </message>
        <message>
            <source>'{field}' cannot be edited. Editable: {fields}.</source>
            <translation>‘{field}’ kan niet worden gewijzigd. Te wijzigen: {fields}.</translation>
        </message>
        <message>
            <source>An order needs at least one line; cancel the order instead of removing every line.</source>
            <translation>Een order heeft minstens één regel nodig; annuleer de order in plaats van alle regels te verwijderen.</translation>
        </message>
        <message>
            <source>A shipping address needs at least a street and a city.</source>
            <translation>Een verzendadres heeft minstens een straat en een plaats nodig.</translation>
        </message>
        <message>
            <source>Line {line} cannot be both removed and given a new quantity.</source>
            <translation>Regel {line} kan niet tegelijk worden verwijderd en een nieuw aantal krijgen.</translation>
        </message>
        <message>
            <source>'{field}' cannot be edited.</source>
            <translation>‘{field}’ kan niet worden gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>ErpService</name>
        <message>
            <source>Say what to set: the ERP order number, line numbers, or both.</source>
            <translation>Geef aan wat u wilt instellen: het ERP-ordernummer, de regelnummers of beide.</translation>
        </message>
        <message>
            <source>The ERP line number of line {line}</source>
            <translation>Het ERP-regelnummer van regel {line}</translation>
        </message>
        <message>
            <source>Give every line of order {reference} an ERP line number: {lines} has none.</source>
            <translation>Geef elke regel van order {reference} een ERP-regelnummer: {lines} heeft er geen.</translation>
        </message>
        <message>
            <source>Order {reference} is an offline order: it comes from the ERP and takes no ERP numbers here.</source>
            <translation>Order {reference} is een offline order: die komt uit het ERP en krijgt hier geen ERP-nummers.</translation>
        </message>
        <message>
            <source>Order {reference} is cancelled; its ERP numbers no longer change.</source>
            <translation>Order {reference} is geannuleerd; de ERP-nummers veranderen niet meer.</translation>
        </message>
        <message>
            <source>Order {reference} already has these ERP numbers; nothing to change.</source>
            <translation>Order {reference} heeft deze ERP-nummers al; er is niets te wijzigen.</translation>
        </message>
        <message>
            <source>line {line} ({sku})</source>
            <translation>regel {line} ({sku})</translation>
        </message>
        <message>
            <source>ERP line number {number} is given to both line {first} and line {second}: each line needs its own.</source>
            <translation>ERP-regelnummer {number} is aan zowel regel {first} als regel {second} gegeven: elke regel heeft een eigen nummer nodig.</translation>
        </message>
    </context>
    <context>
        <name>ImportService</name>
        <message>
            <source>it ends in the middle of the data</source>
            <translation>het houdt midden in de gegevens op</translation>
        </message>
        <message>
            <source>something follows the end of the data</source>
            <translation>er staat nog iets na het einde van de gegevens</translation>
        </message>
        <message>
            <source>it has a character JSON does not allow there</source>
            <translation>er staat een teken dat JSON daar niet toestaat</translation>
        </message>
        <message>
            <source>it has text that is not UTF-8</source>
            <translation>er staat tekst in die geen UTF-8 is</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} kan niet worden gelezen: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n order(s) into {channel}; {skipped} already here; {refused} refused.</source>
            <translation>
                <numerusform>%n order geïmporteerd in {channel}; {skipped} al aanwezig; {refused} geweigerd.</numerusform>
                <numerusform>%n orders geïmporteerd in {channel}; {skipped} al aanwezig; {refused} geweigerd.</numerusform>
            </translation>
        </message>
        <message>
            <source>{reference} (order {position} in the file)</source>
            <translation>{reference} (order {position} in het bestand)</translation>
        </message>
        <message>
            <source>order {position} in the file</source>
            <translation>order {position} in het bestand</translation>
        </message>
        <message>
            <source>{path} is not valid JSON (line {line}, column {column}: {why}).</source>
            <translation>{path} is geen geldige JSON (regel {line}, kolom {column}: {why}).</translation>
        </message>
        <message>
            <source>it cannot be read as JSON</source>
            <translation>het kan niet als JSON worden gelezen</translation>
        </message>
        <message>
            <source>{path} must hold a list of orders, or an object with an "orders" list.</source>
            <translation>{path} moet een lijst van orders bevatten, of een object met een lijst "orders".</translation>
        </message>
        <message>
            <source>{path} is empty; it should hold a JSON list of orders.</source>
            <translation>{path} is leeg; het moet een JSON-lijst van orders bevatten.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Er is geen bestand {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file of orders.</source>
            <translation>{path} is een map, geen bestand met orders.</translation>
        </message>
        <message>
            <source>{path} changed while it was being imported; import it again.</source>
            <translation>{path} is tijdens het importeren gewijzigd; importeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceService</name>
        <message>
            <source>Order {reference} is cancelled; a cancelled order is not invoiced.</source>
            <translation>Order {reference} is geannuleerd; een geannuleerde order wordt niet gefactureerd.</translation>
        </message>
        <message>
            <source>Order {reference} is returned; a returned order is not invoiced.</source>
            <translation>Order {reference} is retour gekomen; een geretourneerde order wordt niet gefactureerd.</translation>
        </message>
        <message>
            <source>Orders from a {kind} are not invoiced from OrderDesk.</source>
            <translation>Orders van het kanaaltype ‘{kind}’ worden niet vanuit OrderDesk gefactureerd.</translation>
        </message>
        <message>
            <source>Order {reference} is already invoiced (invoice {invoice}).</source>
            <translation>Order {reference} is al gefactureerd (factuur {invoice}).</translation>
        </message>
        <message>
            <source>The channel already shows order {reference} as invoiced.</source>
            <translation>Het kanaal toont order {reference} al als gefactureerd.</translation>
        </message>
        <message>
            <source>An invoice for order {reference} is already on its way to {channel}.</source>
            <translation>Er is al een factuur voor order {reference} onderweg naar {channel}.</translation>
        </message>
    </context>
    <context>
        <name>OrderStore</name>
        <message>
            <source>No order '{order}'. Give its local id, or its reference with --channel NAME.</source>
            <translation>Geen order ‘{order}’. Geef het lokale id op, of de referentie met --channel NAME.</translation>
        </message>
        <message>
            <source>There is no channel called '{name}'. Channels: {known}.</source>
            <translation>Er is geen kanaal met de naam ‘{name}’. Kanalen: {known}.</translation>
        </message>
        <message>
            <source>Reference '{reference}' exists in several channels; add --channel NAME.</source>
            <translation>Referentie ‘{reference}’ bestaat in meerdere kanalen; voeg --channel NAME toe.</translation>
        </message>
        <message>
            <source>Order {reference} has no line {line}.</source>
            <translation>Order {reference} heeft geen regel {line}.</translation>
        </message>
        <message>
            <source>Order {reference} was changed by someone else since you opened it (you had version {had}, it is now {now}). Reload it and make your change again.</source>
            <translation>Order {reference} is door iemand anders gewijzigd sinds u hem opende (u had versie {had}, nu is het versie {now}). Laad de order opnieuw en breng uw wijziging nogmaals aan.</translation>
        </message>
        <message>
            <source>Order {reference} was changed by someone else while you were saving. Reload it and try again.</source>
            <translation>Order {reference} is door iemand anders gewijzigd terwijl u opsloeg. Laad de order opnieuw en probeer het nogmaals.</translation>
        </message>
        <message>
            <source>No order '{order}' in channel {channel}.</source>
            <translation>Geen order ‘{order}’ in kanaal {channel}.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nog geen</translation>
        </message>
        <message>
            <source>There is no sync event {event}.</source>
            <translation>Er is geen synchronisatiegebeurtenis {event}.</translation>
        </message>
        <message>
            <source>There is no purchase {purchase}. See them with: orderdesk purchase list.</source>
            <translation>Er is geen bestelling {purchase}. Bekijk ze met: orderdesk purchase list.</translation>
        </message>
        <message>
            <source>There is no autopurchase activity {activity}. See them with: orderdesk purchase activities.</source>
            <translation>Er is geen autopurchase-activiteit {activity}. Bekijk ze met: orderdesk purchase activities.</translation>
        </message>
    </context>
    <context>
        <name>ProviderSignIn</name>
        <message>
            <source>The provider did not sign in: no session came back.</source>
            <translation>De leverancier heeft niet aangemeld: er kwam geen sessie terug.</translation>
        </message>
        <message>
            <source>{channel} now uses the saved provider session.</source>
            <translation>{channel} gebruikt nu de opgeslagen leverancierssessie.</translation>
        </message>
        <message>
            <source>The provider did not sign in: {error}.</source>
            <translation>De leverancier heeft niet aangemeld: {error}.</translation>
        </message>
        <message>
            <source>{channel} is signed in to {provider}; the session is kept in the keyring.</source>
            <translation>{channel} is aangemeld bij {provider}; de sessie wordt bewaard in de sleutelbos.</translation>
        </message>
        <message>
            <source>Channel {channel} is not an OT Platform channel; only those sign in to a provider.</source>
            <translation>Kanaal {channel} is geen OT Platform-kanaal; alleen die melden zich aan bij een leverancier.</translation>
        </message>
        <message>
            <source>Signed in. You can close this window and go back to OrderDesk.</source>
            <translation>Aangemeld. U kunt dit venster sluiten en teruggaan naar OrderDesk.</translation>
        </message>
        <message>
            <source>Choose a provider session.</source>
            <translation>Kies een leverancierssessie.</translation>
        </message>
        <message>
            <source>No answer from the {provider} sign-in within {seconds} s; try again.</source>
            <translation>Geen antwoord van de aanmelding bij {provider} binnen {seconds} s; probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>PurchaseService</name>
        <message>
            <source>export</source>
            <translation>exporteren</translation>
        </message>
        <message>
            <source>synchronize</source>
            <translation>synchroniseren</translation>
        </message>
        <message>
            <source>link</source>
            <translation>koppelen</translation>
        </message>
        <message>
            <source>unlink</source>
            <translation>ontkoppelen</translation>
        </message>
        <message>
            <source>{error} (superseded by a new try)</source>
            <translation>{error} (vervangen door een nieuwe poging)</translation>
        </message>
        <message>
            <source>Channel {channel} is not an OT Platform channel; purchases go through one.</source>
            <translation>Kanaal {channel} is geen OT Platform-kanaal; bestellingen gaan via zo'n kanaal.</translation>
        </message>
        <message>
            <source>Channel {channel} is switched off; switch it on to buy through it.</source>
            <translation>Kanaal {channel} staat uit; zet het aan om erlangs te bestellen.</translation>
        </message>
        <message>
            <source>waiting to be cancelled on OT Platform</source>
            <translation>wacht op annulering op OT Platform</translation>
        </message>
        <message>
            <source>waiting to be paid on OT Platform</source>
            <translation>wacht op betaling op OT Platform</translation>
        </message>
        <message>
            <source>'{action}' is not an autopurchase operation. Use one of: {actions}.</source>
            <translation>‘{action}’ is geen autopurchase-bewerking. Gebruik een van: {actions}.</translation>
        </message>
        <message>
            <source>Name the OT Platform channel to buy on with --via CHANNEL.</source>
            <translation>Noem met --via CHANNEL het OT Platform-kanaal waarop besteld moet worden.</translation>
        </message>
        <message>
            <source>Order {reference} is cancelled; there is nothing to buy.</source>
            <translation>Order {reference} is geannuleerd; er valt niets te bestellen.</translation>
        </message>
        <message>
            <source>Order {reference} is already bought on {channel} (purchase P{purchase}, {state}). Cancel that purchase first to place it again.</source>
            <translation>Order {reference} is al besteld op {channel} (bestelling P{purchase}, status ‘{state}’). Annuleer die bestelling eerst om opnieuw te bestellen.</translation>
        </message>
        <message>
            <source>Buying on {channel} needs a delivery mode: set delivery_mode_id in its settings or give one.</source>
            <translation>Bestellen op {channel} vraagt een leveringswijze: stel delivery_mode_id in bij de instellingen van het kanaal of geef er een op.</translation>
        </message>
        <message>
            <source>waiting to be sent to OT Platform</source>
            <translation>wacht op verzending naar OT Platform</translation>
        </message>
        <message>
            <source>Purchase P{purchase} is {state}; only a placed or paid one can be cancelled.</source>
            <translation>Bestelling P{purchase} heeft de status ‘{state}’; alleen een geplaatste of betaalde bestelling kan worden geannuleerd.</translation>
        </message>
        <message>
            <source>The deposit must be more than zero.</source>
            <translation>De storting moet meer dan nul zijn.</translation>
        </message>
        <message>
            <source>Purchase P{purchase} is paid already.</source>
            <translation>Bestelling P{purchase} is al betaald.</translation>
        </message>
        <message>
            <source>Purchase P{purchase} is {state}; only a placed one can be paid.</source>
            <translation>Bestelling P{purchase} heeft de status ‘{state}’; alleen een geplaatste bestelling kan worden betaald.</translation>
        </message>
        <message>
            <source>An earlier try (sync event #{event}) may have reached OT Platform; retry it from the sync log (OT is read back first) or discard it.</source>
            <translation>Een eerdere poging (synchronisatiegebeurtenis #{event}) heeft OT Platform misschien bereikt; probeer die opnieuw vanuit het synchronisatielogboek (OT wordt eerst teruggelezen) of verwerp hem.</translation>
        </message>
        <message>
            <source>To {action}, name the purchase.</source>
            <translation>Noem de bestelling om te {action}.</translation>
        </message>
        <message>
            <source>To link, give the provider order ids (--provider-order ID).</source>
            <translation>Geef om te koppelen de ordernummers van de leverancier op (--provider-order ID).</translation>
        </message>
        <message>
            <source>Activity {activity} is {state}; it does not wait for an answer.</source>
            <translation>Activiteit {activity} heeft de status ‘{state}’; die wacht niet op een antwoord.</translation>
        </message>
        <message>
            <source>'{choice}' is not one of OT's choices: {offered}.</source>
            <translation>‘{choice}’ is geen van de keuzes van OT: {offered}.</translation>
        </message>
        <message>
            <source>The deposit '{deposit}' is not an amount.</source>
            <translation>De storting ‘{deposit}’ is geen bedrag.</translation>
        </message>
        <message>
            <source>Purchase P{purchase} is {state}; it has no OT order to {action}.</source>
            <translation>Bestelling P{purchase} heeft de status ‘{state}’; er is geen OT-order om te {action}.</translation>
        </message>
        <message>
            <source>Purchase P{purchase} is not paid; OT exports only paid orders.</source>
            <translation>Bestelling P{purchase} is niet betaald; OT exporteert alleen betaalde orders.</translation>
        </message>
        <message>
            <source>Purchase P{purchase} has no line {line} (neither an OT line nor a desk line).</source>
            <translation>Bestelling P{purchase} heeft geen regel {line} (geen OT-regel en geen regel van de desk).</translation>
        </message>
    </context>
    <context>
        <name>ReturnService</name>
        <message>
            <source>The AWB number</source>
            <translation>Het AWB-nummer</translation>
        </message>
        <message>
            <source>The transporter</source>
            <translation>De vervoerder</translation>
        </message>
        <message>
            <source>The return reason</source>
            <translation>De retourreden</translation>
        </message>
        <message>
            <source>Choose at least one unit to return.</source>
            <translation>Kies minstens één stuk om te retourneren.</translation>
        </message>
        <message>
            <source>'{value}' is not a return type. Use one of: {choices}.</source>
            <translation>‘{value}’ is geen retourtype. Gebruik een van: {choices}.</translation>
        </message>
        <message>
            <source>Only a dispatched order can be returned; this one is {status}.</source>
            <translation>Alleen een verzonden order kan retour komen; deze is {status}.</translation>
        </message>
        <message>
            <source>The returned quantity of {sku}</source>
            <translation>Het geretourneerde aantal van {sku}</translation>
        </message>
        <message numerus="yes">
            <source>Only %n unit(s) of {sku} can still be returned; you chose {chosen}.</source>
            <translation>
                <numerusform>Van {sku} kan nog maar %n stuk retour komen; u koos er {chosen}.</numerusform>
                <numerusform>Van {sku} kunnen nog maar %n stuks retour komen; u koos er {chosen}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>A login name has 1 to 63 characters.</source>
            <translation>Een loginnaam heeft 1 tot 63 tekens.</translation>
        </message>
        <message>
            <source>A SQLite file names OS logins, which have no password here; leave the password out.</source>
            <translation>Een SQLite-bestand noemt logins van het besturingssysteem, die hier geen wachtwoord hebben; laat het wachtwoord weg.</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>Het wachtwoord is leeg.</translation>
        </message>
        <message>
            <source>An admin may not lower their own role; ask another admin.</source>
            <translation>Een beheerder mag de eigen rol niet verlagen; vraag het een andere beheerder.</translation>
        </message>
        <message>
            <source>{login} is a group role, not a login.</source>
            <translation>{login} is een groepsrol, geen login.</translation>
        </message>
        <message>
            <source>There is no PostgreSQL login {login}; create it as well (--create).</source>
            <translation>Er is geen PostgreSQL-login {login}; maak die ook aan (--create).</translation>
        </message>
        <message>
            <source>PostgreSQL refused to change the login {login}: {reason}</source>
            <translation>PostgreSQL weigerde de login {login} te wijzigen: {reason}</translation>
        </message>
        <message>
            <source>The order database at {where} needs an upgrade to this OrderDesk's schema, which only the login that owns its tables may make: run orderdesk db upgrade as that login.</source>
            <translation>De orderdatabase op {where} moet worden bijgewerkt naar het schema van deze OrderDesk, wat alleen de login die eigenaar is van de tabellen mag doen: voer orderdesk db upgrade uit als die login.</translation>
        </message>
        <message>
            <source>The login {login} holds no OrderDesk role on the order database at {where}; an admin gives it one (orderdesk db grant {login} --role operator).</source>
            <translation>De login {login} heeft geen OrderDesk-rol in de orderdatabase op {where}; een beheerder kent er een toe (orderdesk db grant {login} --role operator).</translation>
        </message>
        <message>
            <source>The PostgreSQL login {name} bears the name OrderDesk gives a group role; rename it (ALTER ROLE {name} RENAME TO ...) and run orderdesk db upgrade again.</source>
            <translation>De PostgreSQL-login {name} draagt de naam die OrderDesk aan een groepsrol geeft; hernoem hem (ALTER ROLE {name} RENAME TO ...) en voer orderdesk db upgrade opnieuw uit.</translation>
        </message>
    </context>
    <context>
        <name>StateWords</name>
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
        <message>
            <source>in_flight</source>
            <translation>onderweg</translation>
        </message>
        <message>
            <source>done</source>
            <translation>afgehandeld</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>mislukt</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>onzeker</translation>
        </message>
        <message>
            <source>discarded</source>
            <translation>verworpen</translation>
        </message>
        <message>
            <source>placing</source>
            <translation>wordt geplaatst</translation>
        </message>
        <message>
            <source>placed</source>
            <translation>geplaatst</translation>
        </message>
        <message>
            <source>paying</source>
            <translation>wordt betaald</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>betaald</translation>
        </message>
        <message>
            <source>cancelling</source>
            <translation>wordt geannuleerd</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>aangevraagd</translation>
        </message>
        <message>
            <source>running</source>
            <translation>loopt</translation>
        </message>
        <message>
            <source>awaiting</source>
            <translation>wacht op antwoord</translation>
        </message>
        <message>
            <source>answering</source>
            <translation>antwoord wordt verzonden</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>voltooid</translation>
        </message>
    </context>
    <context>
        <name>StatusService</name>
        <message>
            <source>The cancellation reason</source>
            <translation>De reden van annulering</translation>
        </message>
        <message>
            <source>An order is returned by creating a return for its units, not by setting the status.</source>
            <translation>Een order komt retour door een retour voor de stuks aan te maken, niet door de status in te stellen.</translation>
        </message>
        <message>
            <source>The payment override reason</source>
            <translation>De reden voor de betalingsuitzondering</translation>
        </message>
    </context>
    <context>
        <name>StockService</name>
        <message>
            <source>The quantity of {sku} cannot be negative ('{given}').</source>
            <translation>Het aantal van {sku} kan niet negatief zijn (‘{given}’).</translation>
        </message>
        <message>
            <source>The SKU is empty.</source>
            <translation>De SKU is leeg.</translation>
        </message>
        <message>
            <source>The SKU '{sku}' has a line break or a control character in it.</source>
            <translation>De SKU ‘{sku}’ bevat een regeleinde of een stuurteken.</translation>
        </message>
        <message>
            <source>The SKU '{sku}…' is longer than {limit} characters.</source>
            <translation>De SKU ‘{sku}…’ is langer dan {limit} tekens.</translation>
        </message>
        <message>
            <source>The quantity of {sku} is missing.</source>
            <translation>Het aantal van {sku} ontbreekt.</translation>
        </message>
        <message>
            <source>The quantity of {sku} must be a whole number of units, not '{given}'.</source>
            <translation>Het aantal van {sku} moet een geheel aantal stuks zijn, niet ‘{given}’.</translation>
        </message>
        <message>
            <source>The quantity of {sku} ({given}) is more than {limit} and cannot be right.</source>
            <translation>Het aantal van {sku} ({given}) is meer dan {limit} en kan niet kloppen.</translation>
        </message>
        <message>
            <source>Channel {channel} ({kind}) does not take stock quantities from OrderDesk.</source>
            <translation>Kanaal {channel} ({kind}) neemt geen voorraadaantallen van OrderDesk aan.</translation>
        </message>
        <message>
            <source>Say which SKU gets which quantity.</source>
            <translation>Geef aan welke SKU welk aantal krijgt.</translation>
        </message>
        <message>
            <source>{problems} Nothing was queued.</source>
            <translation>{problems} Er is niets in de wachtrij gezet.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>niets</translation>
        </message>
        <message>
            <source>The first line of a stock file must be the header sku,quantity (it is {found}).</source>
            <translation>De eerste regel van een voorraadbestand moet de kop sku,quantity zijn (het is {found}).</translation>
        </message>
        <message>
            <source>{path} has a header but no rows.</source>
            <translation>{path} heeft een kopregel maar geen rijen.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Er is geen bestand {path}.</translation>
        </message>
        <message>
            <source>{path} is not a text file in UTF-8.</source>
            <translation>{path} is geen tekstbestand in UTF-8.</translation>
        </message>
        <message>
            <source>{path} cannot be read ({reason}).</source>
            <translation>{path} kan niet worden gelezen ({reason}).</translation>
        </message>
        <message>
            <source>The quantity of {sku} must be a whole number, not '{given}'.</source>
            <translation>Het aantal van {sku} moet een geheel getal zijn, niet ‘{given}’.</translation>
        </message>
        <message numerus="yes">
            <source>it has %n value(s); a row is sku,quantity.</source>
            <translation>
                <numerusform>deze heeft %n waarde; een rij is sku,quantity.</numerusform>
                <numerusform>deze heeft %n waarden; een rij is sku,quantity.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncConnection</name>
        <message>
            <source>{problem} Check the login and secrets saved for this channel.</source>
            <translation>{problem} Controleer de login en de geheimen die voor dit kanaal zijn opgeslagen.</translation>
        </message>
        <message>
            <source>{problem} Check the login and secrets you typed.</source>
            <translation>{problem} Controleer de login en de geheimen die u hebt ingevoerd.</translation>
        </message>
        <message>
            <source>The channel</source>
            <translation>Het kanaal</translation>
        </message>
        <message>
            <source>The connection test stopped on an unexpected error in OrderDesk; the details are in the sync log.</source>
            <translation>De verbindingstest is gestopt door een onverwachte fout in OrderDesk; de details staan in het synchronisatielogboek.</translation>
        </message>
    </context>
    <context>
        <name>SyncEngine</name>
        <message>
            <source>Pull stopped on an unexpected error in OrderDesk; details in the sync log.</source>
            <translation>Het ophalen is gestopt door een onverwachte fout in OrderDesk; details in het synchronisatielogboek.</translation>
        </message>
        <message>
            <source>Push stopped on an unexpected error in OrderDesk; details in the sync log.</source>
            <translation>Het verzenden is gestopt door een onverwachte fout in OrderDesk; details in het synchronisatielogboek.</translation>
        </message>
        <message>
            <source>Reconcile stopped on an unexpected error in OrderDesk; details in the sync log.</source>
            <translation>Het vergelijken is gestopt door een onverwachte fout in OrderDesk; details in het synchronisatielogboek.</translation>
        </message>
        <message>
            <source>Sync stopped on an unexpected error in OrderDesk; details in the sync log.</source>
            <translation>De synchronisatie is gestopt door een onverwachte fout in OrderDesk; details in het synchronisatielogboek.</translation>
        </message>
        <message>
            <source>paused until {time}, rate limited</source>
            <translation>gepauzeerd tot {time}, snelheidslimiet bereikt</translation>
        </message>
        <message>
            <source>{error}; paused until {time}</source>
            <translation>{error}; gepauzeerd tot {time}</translation>
        </message>
        <message>
            <source>already applied in the channel (read back); not sent again</source>
            <translation>al verwerkt in het kanaal (teruggelezen); niet opnieuw verzonden</translation>
        </message>
        <message>
            <source>could not take the order in: {error}</source>
            <translation>de order kon niet worden overgenomen: {error}</translation>
        </message>
        <message>
            <source>internal error while sending {what}: {error}</source>
            <translation>interne fout bij het verzenden van {what}: {error}</translation>
        </message>
        <message>
            <source>internal error while sending the stock of {sku}: {error}</source>
            <translation>interne fout bij het verzenden van de voorraad van {sku}: {error}</translation>
        </message>
        <message>
            <source>{what} confirmed by {channel}</source>
            <translation>{what} bevestigd door {channel}</translation>
        </message>
        <message>
            <source>stock of {sku} confirmed by {channel}</source>
            <translation>voorraad van {sku} bevestigd door {channel}</translation>
        </message>
        <message>
            <source>Stock of {sku} on {channel} was not published: {error}</source>
            <translation>De voorraad van {sku} op {channel} is niet doorgegeven: {error}</translation>
        </message>
        <message numerus="yes">
            <source>gave up after %n attempt(s): {error}</source>
            <translation>
                <numerusform>opgegeven na %n poging: {error}</numerusform>
                <numerusform>opgegeven na %n pogingen: {error}</numerusform>
            </translation>
        </message>
        <message>
            <source>{error}; attempt {attempt} of {limit}, next in {delay} s</source>
            <translation>{error}; poging {attempt} van {limit}, volgende over {delay} s</translation>
        </message>
        <message>
            <source>not pulled for {hours} h; catching up from the last good cursor {cursor}</source>
            <translation>{hours} uur niet opgehaald; wordt ingehaald vanaf de laatste goede cursor {cursor}</translation>
        </message>
        <message numerus="yes">
            <source>since {date}: {imported} imported, %n status difference(s), {desk_only} on the desk only</source>
            <translation>
                <numerusform>sinds {date}: {imported} geïmporteerd, %n verschil in status, {desk_only} alleen op de desk</numerusform>
                <numerusform>sinds {date}: {imported} geïmporteerd, %n verschillen in status, {desk_only} alleen op de desk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>gave up after %n attempt(s): {error} (the channel may have received it: it will be read back before any resend)</source>
            <translation>
                <numerusform>opgegeven na %n poging: {error} (het kanaal heeft het misschien ontvangen: het wordt teruggelezen voordat er iets opnieuw wordt verzonden)</numerusform>
                <numerusform>opgegeven na %n pogingen: {error} (het kanaal heeft het misschien ontvangen: het wordt teruggelezen voordat er iets opnieuw wordt verzonden)</numerusform>
            </translation>
        </message>
        <message>
            <source>(the beginning)</source>
            <translation>(het begin)</translation>
        </message>
        <message>
            <source>The order database is locked by another program (still busy after waiting {timeout} s); sync waits and tries again.</source>
            <translation>De orderdatabase is vergrendeld door een ander programma (nog bezet na {timeout} s wachten); de synchronisatie wacht en probeert het opnieuw.</translation>
        </message>
        <message>
            <source>The order database is free again after {waited} s; sync goes on.</source>
            <translation>De orderdatabase is na {waited} s weer vrij; de synchronisatie gaat verder.</translation>
        </message>
    </context>
    <context>
        <name>SyncEventService</name>
        <message>
            <source>The reason</source>
            <translation>De reden</translation>
        </message>
        <message>
            <source>That group of failed events is gone; the list has changed, look again.</source>
            <translation>Die groep mislukte synchronisatiegebeurtenissen is er niet meer; de lijst is veranderd, kijk opnieuw.</translation>
        </message>
        <message>
            <source>Sync event {event} is {state}; only a failed event can be retried.</source>
            <translation>Synchronisatiegebeurtenis {event} heeft de status ‘{state}’; alleen een mislukte gebeurtenis kan opnieuw worden geprobeerd.</translation>
        </message>
        <message>
            <source>Sync event {event} is {state}; only a failed event can be discarded.</source>
            <translation>Synchronisatiegebeurtenis {event} heeft de status ‘{state}’; alleen een mislukte gebeurtenis kan worden verworpen.</translation>
        </message>
    </context>
    <context>
        <name>SyncLog</name>
        <message>
            <source>no message</source>
            <translation>geen melding</translation>
        </message>
    </context>
    <context>
        <name>SyncPurchases</name>
        <message>
            <source>started background activity {activity}</source>
            <translation>achtergrondactiviteit {activity} gestart</translation>
        </message>
        <message>
            <source>Not placed: {error}</source>
            <translation>Niet geplaatst: {error}</translation>
        </message>
        <message>
            <source>Not cancelled: {error}</source>
            <translation>Niet geannuleerd: {error}</translation>
        </message>
        <message>
            <source>Not paid: {error}</source>
            <translation>Niet betaald: {error}</translation>
        </message>
        <message>
            <source>answered '{answer}'</source>
            <translation>beantwoord met ‘{answer}’</translation>
        </message>
        <message>
            <source>OT Platform asks about {reference}: {question}</source>
            <translation>OT Platform vraagt over {reference}: {question}</translation>
        </message>
        <message>
            <source>{reference} was placed by a desk (purchase P{purchase}) this database does not know; it is not an incoming order</source>
            <translation>{reference} is geplaatst door een desk (bestelling P{purchase}) die deze database niet kent; het is geen binnenkomende order</translation>
        </message>
        <message numerus="yes">
            <source>gave up after %n try(ies): {error}</source>
            <translation>
                <numerusform>opgegeven na %n poging: {error}</numerusform>
                <numerusform>opgegeven na %n pogingen: {error}</numerusform>
            </translation>
        </message>
        <message>
            <source>{error} (will try again)</source>
            <translation>{error} (wordt opnieuw geprobeerd)</translation>
        </message>
    </context>
    <context>
        <name>Upsert</name>
        <message>
            <source>status</source>
            <translation>de status</translation>
        </message>
        <message>
            <source>consignment</source>
            <translation>de zending</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>de regels</translation>
        </message>
        <message>
            <source>address</source>
            <translation>het adres</translation>
        </message>
        <message>
            <source>ERP order number</source>
            <translation>het ERP-ordernummer</translation>
        </message>
        <message>
            <source>ERP line numbers</source>
            <translation>de ERP-regelnummers</translation>
        </message>
        <message>
            <source>Order {reference}: {why}.</source>
            <translation>Order {reference}: {why}.</translation>
        </message>
        <message>
            <source>the channel cancelled the order</source>
            <translation>het kanaal heeft de order geannuleerd</translation>
        </message>
        <message numerus="yes">
            <source>Order {reference} was cancelled in {channel}; it is cancelled here too; %n unsent change(s) dropped.</source>
            <translation>
                <numerusform>Order {reference} is geannuleerd in {channel}; hier is hij ook geannuleerd; %n niet verzonden wijziging vervalt.</numerusform>
                <numerusform>Order {reference} is geannuleerd in {channel}; hier is hij ook geannuleerd; %n niet verzonden wijzigingen vervallen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {reference} was cancelled in {channel}; it is cancelled here too.</source>
            <translation>Order {reference} is geannuleerd in {channel}; hier is hij ook geannuleerd.</translation>
        </message>
        <message>
            <source>{channel} changed it again while a conflict waits</source>
            <translation>{channel} heeft de order opnieuw gewijzigd terwijl er een conflict openstaat</translation>
        </message>
        <message>
            <source>{channel} changed the {parts} while local changes to it wait to be sent</source>
            <translation>{channel} heeft {parts} gewijzigd terwijl lokale wijzigingen daarvan nog moeten worden verzonden</translation>
        </message>
        <message>
            <source>{channel} cancelled an order that left the warehouse</source>
            <translation>{channel} heeft een order geannuleerd die het magazijn al heeft verlaten</translation>
        </message>
    </context>
    <context>
        <name>WaybillLookup</name>
        <message>
            <source>No order has reference or tracking number {code}.</source>
            <translation>Geen enkele order heeft referentie of zendingnummer {code}.</translation>
        </message>
        <message>
            <source>Parcel {code} belongs to {references} in {channel}, which is not on the desk yet.</source>
            <translation>Pakket {code} hoort bij {references} in {channel}, dat nog niet op de desk staat.</translation>
        </message>
        <message>
            <source>{channel} could not search parcel {code}: {error}</source>
            <translation>{channel} kon pakket {code} niet zoeken: {error}</translation>
        </message>
        <message>
            <source>Parcel {code} belongs to {reference} ({channel}).</source>
            <translation>Pakket {code} hoort bij {reference} ({channel}).</translation>
        </message>
    </context>
</TS>
