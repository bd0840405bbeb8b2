<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AttributeService</name>
        <message>
            <source>Give at least one attribute as name=value.</source>
            <translation>Geben Sie mindestens ein Attribut als Name=Wert an.</translation>
        </message>
        <message>
            <source>The value of {key}</source>
            <translation>Der Wert von {key}</translation>
        </message>
        <message>
            <source>'{item}' is not name=value.</source>
            <translation>„{item}“ hat nicht die Form Name=Wert.</translation>
        </message>
    </context>
    <context>
        <name>ChannelErrors</name>
        <message>
            <source>{channel} did not answer the connection in time.</source>
            <translation>{channel} hat nicht rechtzeitig auf den Verbindungsaufbau geantwortet.</translation>
        </message>
        <message>
            <source>credentials expired, renewing: {message}</source>
            <translation>Zugangsdaten abgelaufen, werden erneuert: {message}</translation>
        </message>
        <message>
            <source>rate limited: {message}</source>
            <translation>Aufruflimit erreicht: {message}</translation>
        </message>
        <message>
            <source>{channel} asked us to slow down (HTTP 429): {message}</source>
            <translation>{channel} bittet uns, langsamer zu machen (HTTP 429): {message}</translation>
        </message>
        <message>
            <source>{channel} had a server error (HTTP {status}): {message}</source>
            <translation>{channel} hatte einen Serverfehler (HTTP {status}): {message}</translation>
        </message>
        <message>
            <source>{channel} refused the credentials (HTTP {status}): {message}</source>
            <translation>{channel} hat die Zugangsdaten abgelehnt (HTTP {status}): {message}</translation>
        </message>
        <message>
            <source>{channel} refused the request (HTTP {status}): {message}</source>
            <translation>{channel} hat die Anfrage abgelehnt (HTTP {status}): {message}</translation>
        </message>
        <message>
            <source>{channel} took too long to answer; the request may have been received.</source>
            <translation>{channel} hat zu lange für die Antwort gebraucht; die Anfrage ist möglicherweise angekommen.</translation>
        </message>
        <message>
            <source>The secure connection to {channel} at {where} failed: its certificate is not trusted here, has expired, or was made for another name (or the server does not speak https).</source>
            <translation>Die sichere Verbindung zu {channel} unter {where} ist fehlgeschlagen: Das Zertifikat wird hier nicht als vertrauenswürdig eingestuft, ist abgelaufen oder wurde für einen anderen Namen ausgestellt (oder der Server spricht kein https).</translation>
        </message>
        <message>
            <source>{channel}'s server {where} is not known: check the address (or this computer's network).</source>
            <translation>Der Server {where} von {channel} ist unbekannt: Prüfen Sie die Adresse (oder das Netzwerk dieses Computers).</translation>
        </message>
        <message>
            <source>{channel} refused the connection at {where}: nothing answers there (is the address and port right, and the service running?).</source>
            <translation>{channel} hat die Verbindung unter {where} abgelehnt: Dort antwortet nichts (stimmen Adresse und Port, und läuft der Dienst?).</translation>
        </message>
        <message>
            <source>The connection to {channel} dropped before it answered; the request may have been received.</source>
            <translation>Die Verbindung zu {channel} brach ab, bevor eine Antwort kam; die Anfrage ist möglicherweise angekommen.</translation>
        </message>
        <message>
            <source>{channel} cannot be reached at {where}; check the address and the network.</source>
            <translation>{channel} ist unter {where} nicht erreichbar; prüfen Sie die Adresse und das Netzwerk.</translation>
        </message>
        <message>
            <source>{channel} cannot be called: what is stored for its {header} header has a character a channel cannot carry. Enter the channel's secrets and settings again.</source>
            <translation>{channel} kann nicht aufgerufen werden: Der für den Header {header} gespeicherte Wert enthält ein Zeichen, das ein Kanal nicht übertragen kann. Geben Sie die Geheimnisse und Einstellungen des Kanals erneut ein.</translation>
        </message>
        <message>
            <source>{channel} answered something that is not JSON (HTTP {status}): {snippet}</source>
            <translation>{channel} hat etwas geantwortet, das kein JSON ist (HTTP {status}): {snippet}</translation>
        </message>
    </context>
    <context>
        <name>ChannelService</name>
        <message>
            <source>The channel name</source>
            <translation>Der Kanalname</translation>
        </message>
        <message>
            <source>The polling interval must be at least 10 seconds.</source>
            <translation>Das Abrufintervall muss mindestens 10 Sekunden betragen.</translation>
        </message>
        <message>
            <source>The polling interval can be at most 86,400 seconds (a day).</source>
            <translation>Das Abrufintervall darf höchstens 86.400 Sekunden (einen Tag) betragen.</translation>
        </message>
        <message>
            <source>The rate limit cannot be negative.</source>
            <translation>Das Aufruflimit darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>The rate limit can be at most 100,000 calls per minute.</source>
            <translation>Das Aufruflimit darf höchstens 100.000 Aufrufe pro Minute betragen.</translation>
        </message>
        <message>
            <source>A channel name may hold letters, digits, spaces, '.', '_' and '-'.</source>
            <translation>Ein Kanalname darf Buchstaben, Ziffern, Leerzeichen, '.', '_' und '-' enthalten.</translation>
        </message>
        <message>
            <source>A {kind} channel needs: {fields}.</source>
            <translation>Ein Kanal vom Typ {kind} braucht: {fields}.</translation>
        </message>
        <message>
            <source>There is already a channel called '{name}'.</source>
            <translation>Es gibt bereits einen Kanal namens „{name}“.</translation>
        </message>
        <message numerus="yes">
            <source>Channel {name} still has %n order(s). Disable it instead, so its orders keep their history.</source>
            <translation>
                <numerusform>Kanal {name} hat noch %n Bestellung. Deaktivieren Sie den Kanal stattdessen, damit seine Bestellungen ihren Verlauf behalten.</numerusform>
                <numerusform>Kanal {name} hat noch %n Bestellungen. Deaktivieren Sie den Kanal stattdessen, damit seine Bestellungen ihren Verlauf behalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>{kind} channels have no option {options}. Options: {allowed}.</source>
            <translation>Kanäle vom Typ {kind} haben keine Option {options}. Optionen: {allowed}.</translation>
        </message>
        <message>
            <source>{kind} channels keep no secret called {secrets}. Secrets: {allowed}.</source>
            <translation>Kanäle vom Typ {kind} speichern kein Geheimnis namens {secrets}. Geheimnisse: {allowed}.</translation>
        </message>
        <message>
            <source>The retry limit must be between 0 and 100.</source>
            <translation>Die Höchstzahl der Versuche muss zwischen 0 und 100 liegen.</translation>
        </message>
        <message>
            <source>'{item}' is not key=value.</source>
            <translation>„{item}“ hat nicht die Form Schlüssel=Wert.</translation>
        </message>
        <message>
            <source>The {secret} is required for a {kind} channel: give a new one instead of clearing it.</source>
            <translation>Ein Kanal vom Typ {kind} braucht {secret}: Geben Sie einen neuen Wert an, statt ihn zu löschen.</translation>
        </message>
        <message>
            <source>The {secret} cannot be both replaced and cleared.</source>
            <translation>{secret} kann nicht zugleich ersetzt und gelöscht werden.</translation>
        </message>
    </context>
    <context>
        <name>ConflictService</name>
        <message>
            <source>Order {reference}: the local version will be sent.</source>
            <translation>Bestellung {reference}: Die lokale Fassung wird an den Kanal gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>Order {reference}: took the channel's version; %n unsent change(s) dropped.</source>
            <translation>
                <numerusform>Bestellung {reference}: Die Fassung des Kanals wurde übernommen; %n nicht gesendete Änderung verworfen.</numerusform>
                <numerusform>Bestellung {reference}: Die Fassung des Kanals wurde übernommen; %n nicht gesendete Änderungen verworfen.</numerusform>
            </translation>
        </message>
        <message>
            <source>replaced by the channel's version ({user})</source>
            <translation>durch die Fassung des Kanals ersetzt ({user})</translation>
        </message>
        <message>
            <source>Order {reference} has no conflict to resolve.</source>
            <translation>Bestellung {reference} hat keinen Konflikt, der zu lösen wäre.</translation>
        </message>
        <message>
            <source>Order {reference} has lost the channel's version; pull it again.</source>
            <translation>Für Bestellung {reference} fehlt die Fassung des Kanals; rufen Sie die Bestellung erneut ab.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>A PostgreSQL database needs the psycopg2 driver, which is not installed: install orderdesk[postgresql] (pip install 'orderdesk[postgresql]').</source>
            <translation>Eine PostgreSQL-Datenbank braucht den Treiber psycopg2, der nicht installiert ist: Installieren Sie orderdesk[postgresql] (pip install 'orderdesk[postgresql]').</translation>
        </message>
        <message>
            <source>The order database {database} is read-only, so changes are not possible.</source>
            <translation>Die Bestelldatenbank {database} ist schreibgeschützt, daher sind keine Änderungen möglich.</translation>
        </message>
        <message>
            <source>OrderDesk keeps its orders in a SQLite file or PostgreSQL; {database} is neither.</source>
            <translation>OrderDesk speichert seine Bestellungen in einer SQLite-Datei oder in PostgreSQL; {database} ist keines von beiden.</translation>
        </message>
        <message>
            <source>The order database at {database} could not be opened: {problem}</source>
            <translation>Die Bestelldatenbank unter {database} konnte nicht geöffnet werden: {problem}</translation>
        </message>
        <message>
            <source>{database} needs a driver that is not installed: {problem}</source>
            <translation>{database} braucht einen Treiber, der nicht installiert ist: {problem}</translation>
        </message>
        <message>
            <source>The order database at {database} is locked by another program; try again in a moment.</source>
            <translation>Die Bestelldatenbank unter {database} ist von einem anderen Programm gesperrt; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Cannot create the folder for the order database {folder}: {problem}</source>
            <translation>Der Ordner für die Bestelldatenbank {folder} kann nicht angelegt werden: {problem}</translation>
        </message>
        <message>
            <source>The order database {database} was written by a newer OrderDesk (schema {found}, this one knows {known}); update OrderDesk before opening it.</source>
            <translation>Die Bestelldatenbank {database} wurde von einem neueren OrderDesk geschrieben (Schema {found}, dieses kennt {known}); aktualisieren Sie OrderDesk, bevor Sie sie öffnen.</translation>
        </message>
        <message>
            <source>The order database {database} is read-only and holds no OrderDesk orders yet.</source>
            <translation>Die Bestelldatenbank {database} ist schreibgeschützt und enthält noch keine OrderDesk-Bestellungen.</translation>
        </message>
        <message>
            <source>The order database {database} is read-only and was written by an older OrderDesk (schema {found}): it needs an update to schema {known}, which cannot be written here. Open it once where it can be written, or copy it to a folder you can write to.</source>
            <translation>Die Bestelldatenbank {database} ist schreibgeschützt und wurde von einem älteren OrderDesk geschrieben (Schema {found}): Sie braucht eine Aktualisierung auf Schema {known}, die hier nicht geschrieben werden kann. Öffnen Sie sie einmal dort, wo sie beschreibbar ist, oder kopieren Sie sie in einen Ordner, in den Sie schreiben können.</translation>
        </message>
        <message>
            <source>this database was written by a newer OrderDesk (schema {found}, this one knows {known}); update OrderDesk before opening it</source>
            <translation>diese Datenbank wurde von einem neueren OrderDesk geschrieben (Schema {found}, dieses kennt {known}); aktualisieren Sie OrderDesk, bevor Sie sie öffnen</translation>
        </message>
        <message>
            <source>The order database {path} cannot be read: {problem}.</source>
            <translation>Die Bestelldatenbank {path} kann nicht gelesen werden: {problem}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
        </message>
        <message>
            <source>{path} is another program's database (it holds tables such as {tables} and no OrderDesk orders); OrderDesk leaves it as it is. Name a new file or an OrderDesk database.</source>
            <translation>{path} ist die Datenbank eines anderen Programms (mit Tabellen wie {tables} und ohne OrderDesk-Bestellungen); OrderDesk lässt sie unverändert. Geben Sie eine neue Datei oder eine OrderDesk-Datenbank an.</translation>
        </message>
        <message>
            <source>{path} is not an OrderDesk database (it is not a SQLite file); OrderDesk leaves it as it is.</source>
            <translation>{path} ist keine OrderDesk-Datenbank (es ist keine SQLite-Datei); OrderDesk lässt die Datei unverändert.</translation>
        </message>
        <message>
            <source>The order database {path} is locked by another program; try again in a moment.</source>
            <translation>Die Bestelldatenbank {path} ist von einem anderen Programm gesperrt; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Cannot create the order database {path}: its folder is read-only.</source>
            <translation>Die Bestelldatenbank {path} kann nicht angelegt werden: Ihr Ordner ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>The order database {path} is empty and read-only: there is nothing to show.</source>
            <translation>Die Bestelldatenbank {path} ist leer und schreibgeschützt: Es gibt nichts anzuzeigen.</translation>
        </message>
    </context>
    <context>
        <name>EditService</name>
        <message>
            <source>The customer name</source>
            <translation>Der Kundenname</translation>
        </message>
        <message>
            <source>The customer e-mail</source>
            <translation>Die E-Mail-Adresse des Kunden</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>Die Telefonnummer</translation>
        </message>
        <message>
            <source>The recipient</source>
            <translation>Der Empfänger</translation>
        </message>
        <message>
            <source>The company</source>
            <translation>Die Firma</translation>
        </message>
        <message>
            <source>The street</source>
            <translation>Die Straße</translation>
        </message>
        <message>
            <source>The city</source>
            <translation>Der Ort</translation>
        </message>
        <message>
            <source>The postcode</source>
            <translation>Die Postleitzahl</translation>
        </message>
        <message>
            <source>The region</source>
            <translation>Die Region</translation>
        </message>
        <message>
            <source>The country</source>
            <translation>Das Land</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>Die Notiz</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Es gibt nichts zu ändern.</translation>
        </message>
        <message>
            <source>The quantity of {sku}</source>
            <translation>Die Menge von {sku}</translation>
        </message>
        <message>
            <source>The price of {sku}</source>
            <translation>Der Preis von {sku}</translation>
        </message>
        <message>
            <source>The product name</source>
            <translation>Der Produktname</translation>
        </message>
        <message>
            <source>'{item}' is not field=value.</source>
            <translation>„{item}“ hat nicht die Form Feld=Wert.</translation>
        </message>
        <message>
            <source>'{field}' cannot be edited. Editable: {fields}.</source>
            <translation>„{field}“ kann nicht bearbeitet werden. Bearbeitbar: {fields}.</translation>
        </message>
        <message>
            <source>An order needs at least one line; cancel the order instead of removing every line.</source>
            <translation>Eine Bestellung braucht mindestens eine Position; stornieren Sie die Bestellung, statt alle Positionen zu entfernen.</translation>
        </message>
        <message>
            <source>A shipping address needs at least a street and a city.</source>
            <translation>Eine Lieferadresse braucht mindestens eine Straße und einen Ort.</translation>
        </message>
        <message>
            <source>Line {line} cannot be both removed and given a new quantity.</source>
            <translation>Position {line} kann nicht zugleich entfernt werden und eine neue Menge erhalten.</translation>
        </message>
        <message>
            <source>'{field}' cannot be edited.</source>
            <translation>„{field}“ kann nicht bearbeitet werden.</translation>
        </message>
    </context>
    <context>
        <name>ErpService</name>
        <message>
            <source>Say what to set: the ERP order number, line numbers, or both.</source>
            <translation>Geben Sie an, was gesetzt werden soll: die ERP-Bestellnummer, die Positionsnummern oder beides.</translation>
        </message>
        <message>
            <source>The ERP line number of line {line}</source>
            <translation>Die ERP-Positionsnummer von Position {line}</translation>
        </message>
        <message>
            <source>Give every line of order {reference} an ERP line number: {lines} has none.</source>
            <translation>Geben Sie jeder Position der Bestellung {reference} eine ERP-Positionsnummer: {lines} hat keine.</translation>
        </message>
        <message>
            <source>Order {reference} is an offline order: it comes from the ERP and takes no ERP numbers here.</source>
            <translation>Bestellung {reference} ist eine Offline-Bestellung: Sie kommt aus dem ERP und erhält hier keine ERP-Nummern.</translation>
        </message>
        <message>
            <source>Order {reference} is cancelled; its ERP numbers no longer change.</source>
            <translation>Bestellung {reference} ist storniert; ihre ERP-Nummern ändern sich nicht mehr.</translation>
        </message>
        <message>
            <source>Order {reference} already has these ERP numbers; nothing to change.</source>
            <translation>Bestellung {reference} hat diese ERP-Nummern bereits; es gibt nichts zu ändern.</translation>
        </message>
        <message>
            <source>line {line} ({sku})</source>
            <translation>Position {line} ({sku})</translation>
        </message>
        <message>
            <source>ERP line number {number} is given to both line {first} and line {second}: each line needs its own.</source>
            <translation>Die ERP-Positionsnummer {number} ist sowohl Position {first} als auch Position {second} zugewiesen: Jede Position braucht ihre eigene.</translation>
        </message>
    </context>
    <context>
        <name>ImportService</name>
        <message>
            <source>it ends in the middle of the data</source>
            <translation>sie endet mitten in den Daten</translation>
        </message>
        <message>
            <source>something follows the end of the data</source>
            <translation>nach dem Ende der Daten folgt noch etwas</translation>
        </message>
        <message>
            <source>it has a character JSON does not allow there</source>
            <translation>sie enthält ein Zeichen, das JSON an dieser Stelle nicht erlaubt</translation>
        </message>
        <message>
            <source>it has text that is not UTF-8</source>
            <translation>sie enthält Text, der kein UTF-8 ist</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n order(s) into {channel}; {skipped} already here; {refused} refused.</source>
            <translation>
                <numerusform>%n Bestellung in {channel} importiert; {skipped} bereits vorhanden; {refused} abgelehnt.</numerusform>
                <numerusform>%n Bestellungen in {channel} importiert; {skipped} bereits vorhanden; {refused} abgelehnt.</numerusform>
            </translation>
        </message>
        <message>
            <source>{reference} (order {position} in the file)</source>
            <translation>{reference} (Bestellung {position} in der Datei)</translation>
        </message>
        <message>
            <source>order {position} in the file</source>
            <translation>Bestellung {position} in der Datei</translation>
        </message>
        <message>
            <source>{path} is not valid JSON (line {line}, column {column}: {why}).</source>
            <translation>{path} ist kein gültiges JSON (Zeile {line}, Spalte {column}: {why}).</translation>
        </message>
        <message>
            <source>it cannot be read as JSON</source>
            <translation>sie kann nicht als JSON gelesen werden</translation>
        </message>
        <message>
            <source>{path} must hold a list of orders, or an object with an "orders" list.</source>
            <translation>{path} muss eine Liste von Bestellungen enthalten oder ein Objekt mit einer Liste "orders".</translation>
        </message>
        <message>
            <source>{path} is empty; it should hold a JSON list of orders.</source>
            <translation>{path} ist leer; die Datei sollte eine JSON-Liste von Bestellungen enthalten.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Es gibt keine Datei {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file of orders.</source>
            <translation>{path} ist ein Ordner, keine Datei mit Bestellungen.</translation>
        </message>
        <message>
            <source>{path} changed while it was being imported; import it again.</source>
            <translation>{path} hat sich während des Imports geändert; importieren Sie die Datei erneut.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceService</name>
        <message>
            <source>Order {reference} is cancelled; a cancelled order is not invoiced.</source>
            <translation>Bestellung {reference} ist storniert; eine stornierte Bestellung wird nicht in Rechnung gestellt.</translation>
        </message>
        <message>
            <source>Order {reference} is returned; a returned order is not invoiced.</source>
            <translation>Bestellung {reference} ist retourniert; eine retournierte Bestellung wird nicht in Rechnung gestellt.</translation>
        </message>
        <message>
            <source>Orders from a {kind} are not invoiced from OrderDesk.</source>
            <translation>Bestellungen vom Kanaltyp „{kind}“ werden nicht aus OrderDesk in Rechnung gestellt.</translation>
        </message>
        <message>
            <source>Order {reference} is already invoiced (invoice {invoice}).</source>
            <translation>Bestellung {reference} ist bereits in Rechnung gestellt (Rechnung {invoice}).</translation>
        </message>
        <message>
            <source>The channel already shows order {reference} as invoiced.</source>
            <translation>Der Kanal führt Bestellung {reference} bereits als in Rechnung gestellt.</translation>
        </message>
        <message>
            <source>An invoice for order {reference} is already on its way to {channel}.</source>
            <translation>Eine Rechnung für Bestellung {reference} ist bereits auf dem Weg zu {channel}.</translation>
        </message>
    </context>
    <context>
        <name>OrderStore</name>
        <message>
            <source>No order '{order}'. Give its local id, or its reference with --channel NAME.</source>
            <translation>Keine Bestellung „{order}“. Geben Sie ihre lokale ID an oder ihre Referenz mit --channel NAME.</translation>
        </message>
        <message>
            <source>There is no channel called '{name}'. Channels: {known}.</source>
            <translation>Es gibt keinen Kanal namens „{name}“. Kanäle: {known}.</translation>
        </message>
        <message>
            <source>Reference '{reference}' exists in several channels; add --channel NAME.</source>
            <translation>Die Referenz „{reference}“ gibt es in mehreren Kanälen; ergänzen Sie --channel NAME.</translation>
        </message>
        <message>
            <source>Order {reference} has no line {line}.</source>
            <translation>Bestellung {reference} hat keine Position {line}.</translation>
        </message>
        <message>
            <source>Order {reference} was changed by someone else since you opened it (you had version {had}, it is now {now}). Reload it and make your change again.</source>
            <translation>Bestellung {reference} wurde von jemand anderem geändert, seit Sie sie geöffnet haben (Sie hatten Version {had}, jetzt ist es Version {now}). Laden Sie sie neu und nehmen Sie Ihre Änderung erneut vor.</translation>
        </message>
        <message>
            <source>Order {reference} was changed by someone else while you were saving. Reload it and try again.</source>
            <translation>Bestellung {reference} wurde von jemand anderem geändert, während Sie gespeichert haben. Laden Sie sie neu und versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <source>No order '{order}' in channel {channel}.</source>
            <translation>Keine Bestellung „{order}“ in Kanal {channel}.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>There is no sync event {event}.</source>
            <translation>Es gibt kein Synchronisierungsereignis {event}.</translation>
        </message>
        <message>
            <source>There is no purchase {purchase}. See them with: orderdesk purchase list.</source>
            <translation>Es gibt keinen Einkauf {purchase}. Sehen Sie sie mit: orderdesk purchase list.</translation>
        </message>
        <message>
            <source>There is no autopurchase activity {activity}. See them with: orderdesk purchase activities.</source>
            <translation>Es gibt keine Autopurchase-Aktivität {activity}. Sehen Sie sie mit: orderdesk purchase activities.</translation>
        </message>
    </context>
    <context>
        <name>ProviderSignIn</name>
        <message>
            <source>The provider did not sign in: no session came back.</source>
            <translation>Der Anbieter hat sich nicht angemeldet: Es kam keine Sitzung zurück.</translation>
        </message>
        <message>
            <source>{channel} now uses the saved provider session.</source>
            <translation>{channel} verwendet jetzt die gespeicherte Anbietersitzung.</translation>
        </message>
        <message>
            <source>The provider did not sign in: {error}.</source>
            <translation>Der Anbieter hat sich nicht angemeldet: {error}.</translation>
        </message>
        <message>
            <source>{channel} is signed in to {provider}; the session is kept in the keyring.</source>
            <translation>{channel} ist bei {provider} angemeldet; die Sitzung wird im Schlüsselbund aufbewahrt.</translation>
        </message>
        <message>
            <source>Channel {channel} is not an OT Platform channel; only those sign in to a provider.</source>
            <translation>Kanal {channel} ist kein OT-Platform-Kanal; nur solche melden sich bei einem Anbieter an.</translation>
        </message>
        <message>
            <source>Signed in. You can close this window and go back to OrderDesk.</source>
            <translation>Angemeldet. Sie können dieses Fenster schließen und zu OrderDesk zurückkehren.</translation>
        </message>
        <message>
            <source>Choose a provider session.</source>
            <translation>Wählen Sie eine Anbietersitzung.</translation>
        </message>
        <message>
            <source>No answer from the {provider} sign-in within {seconds} s; try again.</source>
            <translation>Keine Antwort von der Anmeldung bei {provider} innerhalb von {seconds} s; versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>PurchaseService</name>
        <message>
            <source>export</source>
            <translation>exportieren</translation>
        </message>
        <message>
            <source>synchronize</source>
            <translation>synchronisieren</translation>
        </message>
        <message>
            <source>link</source>
            <translation>verknüpfen</translation>
        </message>
        <message>
            <source>unlink</source>
            <translation>die Verknüpfung lösen</translation>
        </message>
        <message>
            <source>{error} (superseded by a new try)</source>
            <translation>{error} (durch einen neuen Versuch ersetzt)</translation>
        </message>
        <message>
            <source>Channel {channel} is not an OT Platform channel; purchases go through one.</source>
            <translation>Kanal {channel} ist kein OT-Platform-Kanal; Einkäufe laufen über einen solchen.</translation>
        </message>
        <message>
            <source>Channel {channel} is switched off; switch it on to buy through it.</source>
            <translation>Kanal {channel} ist ausgeschaltet; schalten Sie ihn ein, um darüber einzukaufen.</translation>
        </message>
        <message>
            <source>waiting to be cancelled on OT Platform</source>
            <translation>wartet auf Stornierung auf OT Platform</translation>
        </message>
        <message>
            <source>waiting to be paid on OT Platform</source>
            <translation>wartet auf Bezahlung auf OT Platform</translation>
        </message>
        <message>
            <source>'{action}' is not an autopurchase operation. Use one of: {actions}.</source>
            <translation>„{action}“ ist kein Autopurchase-Vorgang. Verwenden Sie einen von: {actions}.</translation>
        </message>
        <message>
            <source>Name the OT Platform channel to buy on with --via CHANNEL.</source>
            <translation>Nennen Sie mit --via CHANNEL den OT-Platform-Kanal, über den eingekauft wird.</translation>
        </message>
        <message>
            <source>Order {reference} is cancelled; there is nothing to buy.</source>
            <translation>Bestellung {reference} ist storniert; es gibt nichts einzukaufen.</translation>
        </message>
        <message>
            <source>Order {reference} is already bought on {channel} (purchase P{purchase}, {state}). Cancel that purchase first to place it again.</source>
            <translation>Bestellung {reference} ist bereits auf {channel} eingekauft (Einkauf P{purchase}, Status „{state}“). Stornieren Sie diesen Einkauf zuerst, um erneut zu bestellen.</translation>
        </message>
        <message>
            <source>Buying on {channel} needs a delivery mode: set delivery_mode_id in its settings or give one.</source>
            <translation>Für den Einkauf auf {channel} ist eine Lieferart nötig: Setzen Sie delivery_mode_id in den Einstellungen des Kanals oder geben Sie eine an.</translation>
        </message>
        <message>
            <source>waiting to be sent to OT Platform</source>
            <translation>wartet auf Übermittlung an OT Platform</translation>
        </message>
        <message>
            <source>Purchase P{purchase} is {state}; only a placed or paid one can be cancelled.</source>
            <translation>Einkauf P{purchase} hat den Status „{state}“; nur ein aufgegebener oder bezahlter Einkauf kann storniert werden.</translation>
        </message>
        <message>
            <source>The deposit must be more than zero.</source>
            <translation>Die Einzahlung muss größer als null sein.</translation>
        </message>
        <message>
            <source>Purchase P{purchase} is paid already.</source>
            <translation>Einkauf P{purchase} ist bereits bezahlt.</translation>
        </message>
        <message>
            <source>Purchase P{purchase} is {state}; only a placed one can be paid.</source>
            <translation>Einkauf P{purchase} hat den Status „{state}“; nur ein aufgegebener Einkauf kann bezahlt werden.</translation>
        </message>
        <message>
            <source>An earlier try (sync event #{event}) may have reached OT Platform; retry it from the sync log (OT is read back first) or discard it.</source>
            <translation>Ein früherer Versuch (Synchronisierungsereignis #{event}) hat OT Platform möglicherweise erreicht; wiederholen Sie ihn im Synchronisierungsprotokoll (OT wird zuerst zurückgelesen) oder verwerfen Sie ihn.</translation>
        </message>
        <message>
            <source>To {action}, name the purchase.</source>
            <translation>Nennen Sie den Einkauf, um zu {action}.</translation>
        </message>
        <message>
            <source>To link, give the provider order ids (--provider-order ID).</source>
            <translation>Geben Sie zum Verknüpfen die Bestellnummern des Anbieters an (--provider-order ID).</translation>
        </message>
        <message>
            <source>Activity {activity} is {state}; it does not wait for an answer.</source>
            <translation>Aktivität {activity} hat den Status „{state}“; sie wartet auf keine Antwort.</translation>
        </message>
        <message>
            <source>'{choice}' is not one of OT's choices: {offered}.</source>
            <translation>„{choice}“ ist keine der Auswahlmöglichkeiten von OT: {offered}.</translation>
        </message>
        <message>
            <source>The deposit '{deposit}' is not an amount.</source>
            <translation>Die Einzahlung „{deposit}“ ist kein Betrag.</translation>
        </message>
        <message>
            <source>Purchase P{purchase} is {state}; it has no OT order to {action}.</source>
            <translation>Einkauf P{purchase} hat den Status „{state}“; es gibt keine OT-Bestellung, um zu {action}.</translation>
        </message>
        <message>
            <source>Purchase P{purchase} is not paid; OT exports only paid orders.</source>
            <translation>Einkauf P{purchase} ist nicht bezahlt; OT exportiert nur bezahlte Bestellungen.</translation>
        </message>
        <message>
            <source>Purchase P{purchase} has no line {line} (neither an OT line nor a desk line).</source>
            <translation>Einkauf P{purchase} hat keine Position {line} (weder eine OT-Position noch eine Position des Desks).</translation>
        </message>
    </context>
    <context>
        <name>ReturnService</name>
        <message>
            <source>The AWB number</source>
            <translation>Die AWB-Nummer</translation>
        </message>
        <message>
            <source>The transporter</source>
            <translation>Der Versanddienstleister</translation>
        </message>
        <message>
            <source>The return reason</source>
            <translation>Der Retourengrund</translation>
        </message>
        <message>
            <source>Choose at least one unit to return.</source>
            <translation>Wählen Sie mindestens ein Stück für die Retoure.</translation>
        </message>
        <message>
            <source>'{value}' is not a return type. Use one of: {choices}.</source>
            <translation>„{value}“ ist kein Retourentyp. Verwenden Sie einen von: {choices}.</translation>
        </message>
        <message>
            <source>Only a dispatched order can be returned; this one is {status}.</source>
            <translation>Nur eine versendete Bestellung kann retourniert werden; diese ist {status}.</translation>
        </message>
        <message>
            <source>The returned quantity of {sku}</source>
            <translation>Die retournierte Menge von {sku}</translation>
        </message>
        <message numerus="yes">
            <source>Only %n unit(s) of {sku} can still be returned; you chose {chosen}.</source>
            <translation>
                <numerusform>Von {sku} kann nur noch %n Stück retourniert werden; Sie haben {chosen} gewählt.</numerusform>
                <numerusform>Von {sku} können nur noch %n Stück retourniert werden; Sie haben {chosen} gewählt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>A login name has 1 to 63 characters.</source>
            <translation>Ein Anmeldename hat 1 bis 63 Zeichen.</translation>
        </message>
        <message>
            <source>A SQLite file names OS logins, which have no password here; leave the password out.</source>
            <translation>Eine SQLite-Datei nennt Anmeldungen des Betriebssystems, die hier kein Passwort haben; lassen Sie das Passwort weg.</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>Das Passwort ist leer.</translation>
        </message>
        <message>
            <source>An admin may not lower their own role; ask another admin.</source>
            <translation>Ein Administrator darf die eigene Rolle nicht herabsetzen; fragen Sie einen anderen Administrator.</translation>
        </message>
        <message>
            <source>{login} is a group role, not a login.</source>
            <translation>{login} ist eine Gruppenrolle, keine Anmeldung.</translation>
        </message>
        <message>
            <source>There is no PostgreSQL login {login}; create it as well (--create).</source>
            <translation>Es gibt keine PostgreSQL-Anmeldung {login}; legen Sie sie mit an (--create).</translation>
        </message>
        <message>
            <source>PostgreSQL refused to change the login {login}: {reason}</source>
            <translation>PostgreSQL hat die Änderung der Anmeldung {login} abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>The order database at {where} needs an upgrade to this OrderDesk's schema, which only the login that owns its tables may make: run orderdesk db upgrade as that login.</source>
            <translation>Die Bestelldatenbank unter {where} braucht ein Upgrade auf das Schema dieses OrderDesk, das nur die Anmeldung vornehmen darf, der ihre Tabellen gehören: führen Sie orderdesk db upgrade als diese Anmeldung aus.</translation>
        </message>
        <message>
            <source>The login {login} holds no OrderDesk role on the order database at {where}; an admin gives it one (orderdesk db grant {login} --role operator).</source>
            <translation>Die Anmeldung {login} hat keine OrderDesk-Rolle in der Bestelldatenbank unter {where}; ein Administrator vergibt eine (orderdesk db grant {login} --role operator).</translation>
        </message>
        <message>
            <source>The PostgreSQL login {name} bears the name OrderDesk gives a group role; rename it (ALTER ROLE {name} RENAME TO ...) and run orderdesk db upgrade again.</source>
            <translation>Die PostgreSQL-Anmeldung {name} trägt den Namen, den OrderDesk einer Gruppenrolle gibt; benennen Sie sie um (ALTER ROLE {name} RENAME TO ...) und führen Sie orderdesk db upgrade erneut aus.</translation>
        </message>
    </context>
    <context>
        <name>StateWords</name>
        <message>
            <source>pending</source>
            <translation>ausstehend</translation>
        </message>
        <message>
            <source>processing</source>
            <translation>in Bearbeitung</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>verpackt</translation>
        </message>
        <message>
            <source>dispatched</source>
            <translation>versendet</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>zugestellt</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>retourniert</translation>
        </message>
        <message>
            <source>in_flight</source>
            <translation>unterwegs</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>ungewiss</translation>
        </message>
        <message>
            <source>discarded</source>
            <translation>verworfen</translation>
        </message>
        <message>
            <source>placing</source>
            <translation>wird aufgegeben</translation>
        </message>
        <message>
            <source>placed</source>
            <translation>aufgegeben</translation>
        </message>
        <message>
            <source>paying</source>
            <translation>wird bezahlt</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>bezahlt</translation>
        </message>
        <message>
            <source>cancelling</source>
            <translation>wird storniert</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>angefordert</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>awaiting</source>
            <translation>wartet auf Antwort</translation>
        </message>
        <message>
            <source>answering</source>
            <translation>Antwort wird gesendet</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>abgeschlossen</translation>
        </message>
    </context>
    <context>
        <name>StatusService</name>
        <message>
            <source>The cancellation reason</source>
            <translation>Der Stornierungsgrund</translation>
        </message>
        <message>
            <source>An order is returned by creating a return for its units, not by setting the status.</source>
            <translation>Eine Bestellung wird retourniert, indem Sie eine Retoure für ihre Stücke anlegen, nicht durch Setzen des Status.</translation>
        </message>
        <message>
            <source>The payment override reason</source>
            <translation>Der Grund für die Zahlungsausnahme</translation>
        </message>
    </context>
    <context>
        <name>StockService</name>
        <message>
            <source>The quantity of {sku} cannot be negative ('{given}').</source>
            <translation>Die Menge von {sku} darf nicht negativ sein („{given}“).</translation>
        </message>
        <message>
            <source>The SKU is empty.</source>
            <translation>Die SKU ist leer.</translation>
        </message>
        <message>
            <source>The SKU '{sku}' has a line break or a control character in it.</source>
            <translation>Die SKU „{sku}“ enthält einen Zeilenumbruch oder ein Steuerzeichen.</translation>
        </message>
        <message>
            <source>The SKU '{sku}…' is longer than {limit} characters.</source>
            <translation>Die SKU „{sku}…“ ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>The quantity of {sku} is missing.</source>
            <translation>Die Menge von {sku} fehlt.</translation>
        </message>
        <message>
            <source>The quantity of {sku} must be a whole number of units, not '{given}'.</source>
            <translation>Die Menge von {sku} muss eine ganze Zahl von Stücken sein, nicht „{given}“.</translation>
        </message>
        <message>
            <source>The quantity of {sku} ({given}) is more than {limit} and cannot be right.</source>
            <translation>Die Menge von {sku} ({given}) ist größer als {limit} und kann nicht stimmen.</translation>
        </message>
        <message>
            <source>Channel {channel} ({kind}) does not take stock quantities from OrderDesk.</source>
            <translation>Kanal {channel} ({kind}) nimmt keine Bestandsmengen von OrderDesk an.</translation>
        </message>
        <message>
            <source>Say which SKU gets which quantity.</source>
            <translation>Geben Sie an, welche SKU welche Menge erhält.</translation>
        </message>
        <message>
            <source>{problems} Nothing was queued.</source>
            <translation>{problems} Es wurde nichts in die Warteschlange gestellt.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>The first line of a stock file must be the header sku,quantity (it is {found}).</source>
            <translation>Die erste Zeile einer Bestandsdatei muss die Kopfzeile sku,quantity sein (sie lautet {found}).</translation>
        </message>
        <message>
            <source>{path} has a header but no rows.</source>
            <translation>{path} hat eine Kopfzeile, aber keine Zeilen.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Es gibt keine Datei {path}.</translation>
        </message>
        <message>
            <source>{path} is not a text file in UTF-8.</source>
            <translation>{path} ist keine Textdatei in UTF-8.</translation>
        </message>
        <message>
            <source>{path} cannot be read ({reason}).</source>
            <translation>{path} kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>The quantity of {sku} must be a whole number, not '{given}'.</source>
            <translation>Die Menge von {sku} muss eine ganze Zahl sein, nicht „{given}“.</translation>
        </message>
        <message numerus="yes">
            <source>it has %n value(s); a row is sku,quantity.</source>
            <translation>
                <numerusform>sie hat %n Wert; eine Zeile lautet sku,quantity.</numerusform>
                <numerusform>sie hat %n Werte; eine Zeile lautet sku,quantity.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncConnection</name>
        <message>
            <source>{problem} Check the login and secrets saved for this channel.</source>
            <translation>{problem} Prüfen Sie die Anmeldung und die Geheimnisse, die für diesen Kanal gespeichert sind.</translation>
        </message>
        <message>
            <source>{problem} Check the login and secrets you typed.</source>
            <translation>{problem} Prüfen Sie die Anmeldung und die Geheimnisse, die Sie eingegeben haben.</translation>
        </message>
        <message>
            <source>The channel</source>
            <translation>Der Kanal</translation>
        </message>
        <message>
            <source>The connection test stopped on an unexpected error in OrderDesk; the details are in the sync log.</source>
            <translation>Der Verbindungstest wurde durch einen unerwarteten Fehler in OrderDesk abgebrochen; die Einzelheiten stehen im Synchronisierungsprotokoll.</translation>
        </message>
    </context>
    <context>
        <name>SyncEngine</name>
        <message>
            <source>Pull stopped on an unexpected error in OrderDesk; details in the sync log.</source>
            <translation>Der Abruf wurde durch einen unerwarteten Fehler in OrderDesk abgebrochen; Einzelheiten im Synchronisierungsprotokoll.</translation>
        </message>
        <message>
            <source>Push stopped on an unexpected error in OrderDesk; details in the sync log.</source>
            <translation>Das Senden wurde durch einen unerwarteten Fehler in OrderDesk abgebrochen; Einzelheiten im Synchronisierungsprotokoll.</translation>
        </message>
        <message>
            <source>Reconcile stopped on an unexpected error in OrderDesk; details in the sync log.</source>
            <translation>Der Abgleich wurde durch einen unerwarteten Fehler in OrderDesk abgebrochen; Einzelheiten im Synchronisierungsprotokoll.</translation>
        </message>
        <message>
            <source>Sync stopped on an unexpected error in OrderDesk; details in the sync log.</source>
            <translation>Die Synchronisierung wurde durch einen unerwarteten Fehler in OrderDesk abgebrochen; Einzelheiten im Synchronisierungsprotokoll.</translation>
        </message>
        <message>
            <source>paused until {time}, rate limited</source>
            <translation>pausiert bis {time}, Aufruflimit erreicht</translation>
        </message>
        <message>
            <source>{error}; paused until {time}</source>
            <translation>{error}; pausiert bis {time}</translation>
        </message>
        <message>
            <source>already applied in the channel (read back); not sent again</source>
            <translation>im Kanal bereits übernommen (zurückgelesen); nicht erneut gesendet</translation>
        </message>
        <message>
            <source>could not take the order in: {error}</source>
            <translation>die Bestellung konnte nicht übernommen werden: {error}</translation>
        </message>
        <message>
            <source>internal error while sending {what}: {error}</source>
            <translation>interner Fehler beim Senden von {what}: {error}</translation>
        </message>
        <message>
            <source>internal error while sending the stock of {sku}: {error}</source>
            <translation>interner Fehler beim Senden des Bestands von {sku}: {error}</translation>
        </message>
        <message>
            <source>{what} confirmed by {channel}</source>
            <translation>{what} von {channel} bestätigt</translation>
        </message>
        <message>
            <source>stock of {sku} confirmed by {channel}</source>
            <translation>Bestand von {sku} von {channel} bestätigt</translation>
        </message>
        <message>
            <source>Stock of {sku} on {channel} was not published: {error}</source>
            <translation>Der Bestand von {sku} auf {channel} wurde nicht übermittelt: {error}</translation>
        </message>
        <message numerus="yes">
            <source>gave up after %n attempt(s): {error}</source>
            <translation>
                <numerusform>nach %n Versuch aufgegeben: {error}</numerusform>
                <numerusform>nach %n Versuchen aufgegeben: {error}</numerusform>
            </translation>
        </message>
        <message>
            <source>{error}; attempt {attempt} of {limit}, next in {delay} s</source>
            <translation>{error}; Versuch {attempt} von {limit}, nächster in {delay} s</translation>
        </message>
        <message>
            <source>not pulled for {hours} h; catching up from the last good cursor {cursor}</source>
            <translation>seit {hours} h nicht abgerufen; wird ab dem letzten guten Cursor {cursor} nachgeholt</translation>
        </message>
        <message numerus="yes">
            <source>since {date}: {imported} imported, %n status difference(s), {desk_only} on the desk only</source>
            <translation>
                <numerusform>seit {date}: {imported} importiert, %n Statusunterschied, {desk_only} nur auf dem Desk</numerusform>
                <numerusform>seit {date}: {imported} importiert, %n Statusunterschiede, {desk_only} nur auf dem Desk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>gave up after %n attempt(s): {error} (the channel may have received it: it will be read back before any resend)</source>
            <translation>
                <numerusform>nach %n Versuch aufgegeben: {error} (der Kanal hat es möglicherweise erhalten: Es wird zurückgelesen, bevor erneut gesendet wird)</numerusform>
                <numerusform>nach %n Versuchen aufgegeben: {error} (der Kanal hat es möglicherweise erhalten: Es wird zurückgelesen, bevor erneut gesendet wird)</numerusform>
            </translation>
        </message>
        <message>
            <source>(the beginning)</source>
            <translation>(dem Anfang)</translation>
        </message>
        <message>
            <source>The order database is locked by another program (still busy after waiting {timeout} s); sync waits and tries again.</source>
            <translation>Die Bestelldatenbank ist von einem anderen Programm gesperrt (nach {timeout} s Warten noch belegt); die Synchronisierung wartet und versucht es erneut.</translation>
        </message>
        <message>
            <source>The order database is free again after {waited} s; sync goes on.</source>
            <translation>Die Bestelldatenbank ist nach {waited} s wieder frei; die Synchronisierung läuft weiter.</translation>
        </message>
    </context>
    <context>
        <name>SyncEventService</name>
        <message>
            <source>The reason</source>
            <translation>Der Grund</translation>
        </message>
        <message>
            <source>That group of failed events is gone; the list has changed, look again.</source>
            <translation>Diese Gruppe fehlgeschlagener Synchronisierungsereignisse gibt es nicht mehr; die Liste hat sich geändert, sehen Sie erneut nach.</translation>
        </message>
        <message>
            <source>Sync event {event} is {state}; only a failed event can be retried.</source>
            <translation>Synchronisierungsereignis {event} hat den Status „{state}“; nur ein fehlgeschlagenes Ereignis kann wiederholt werden.</translation>
        </message>
        <message>
            <source>Sync event {event} is {state}; only a failed event can be discarded.</source>
            <translation>Synchronisierungsereignis {event} hat den Status „{state}“; nur ein fehlgeschlagenes Ereignis kann verworfen werden.</translation>
        </message>
    </context>
    <context>
        <name>SyncLog</name>
        <message>
            <source>no message</source>
            <translation>keine Meldung</translation>
        </message>
    </context>
    <context>
        <name>SyncPurchases</name>
        <message>
            <source>started background activity {activity}</source>
            <translation>Hintergrundaktivität {activity} gestartet</translation>
        </message>
        <message>
            <source>Not placed: {error}</source>
            <translation>Nicht aufgegeben: {error}</translation>
        </message>
        <message>
            <source>Not cancelled: {error}</source>
            <translation>Nicht storniert: {error}</translation>
        </message>
        <message>
            <source>Not paid: {error}</source>
            <translation>Nicht bezahlt: {error}</translation>
        </message>
        <message>
            <source>answered '{answer}'</source>
            <translation>mit „{answer}“ beantwortet</translation>
        </message>
        <message>
            <source>OT Platform asks about {reference}: {question}</source>
            <translation>OT Platform fragt zu {reference}: {question}</translation>
        </message>
        <message>
            <source>{reference} was placed by a desk (purchase P{purchase}) this database does not know; it is not an incoming order</source>
            <translation>{reference} wurde von einem Desk aufgegeben (Einkauf P{purchase}), den diese Datenbank nicht kennt; es ist keine eingehende Bestellung</translation>
        </message>
        <message numerus="yes">
            <source>gave up after %n try(ies): {error}</source>
            <translation>
                <numerusform>nach %n Versuch aufgegeben: {error}</numerusform>
                <numerusform>nach %n Versuchen aufgegeben: {error}</numerusform>
            </translation>
        </message>
        <message>
            <source>{error} (will try again)</source>
            <translation>{error} (wird erneut versucht)</translation>
        </message>
    </context>
    <context>
        <name>Upsert</name>
        <message>
            <source>status</source>
            <translation>den Status</translation>
        </message>
        <message>
            <source>consignment</source>
            <translation>die Sendung</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>die Positionen</translation>
        </message>
        <message>
            <source>address</source>
            <translation>die Adresse</translation>
        </message>
        <message>
            <source>ERP order number</source>
            <translation>die ERP-Bestellnummer</translation>
        </message>
        <message>
            <source>ERP line numbers</source>
            <translation>die ERP-Positionsnummern</translation>
        </message>
        <message>
            <source>Order {reference}: {why}.</source>
            <translation>Bestellung {reference}: {why}.</translation>
        </message>
        <message>
            <source>the channel cancelled the order</source>
            <translation>der Kanal hat die Bestellung storniert</translation>
        </message>
        <message numerus="yes">
            <source>Order {reference} was cancelled in {channel}; it is cancelled here too; %n unsent change(s) dropped.</source>
            <translation>
                <numerusform>Bestellung {reference} wurde in {channel} storniert; hier ist sie ebenfalls storniert; %n nicht gesendete Änderung verworfen.</numerusform>
                <numerusform>Bestellung {reference} wurde in {channel} storniert; hier ist sie ebenfalls storniert; %n nicht gesendete Änderungen verworfen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {reference} was cancelled in {channel}; it is cancelled here too.</source>
            <translation>Bestellung {reference} wurde in {channel} storniert; hier ist sie ebenfalls storniert.</translation>
        </message>
        <message>
            <source>{channel} changed it again while a conflict waits</source>
            <translation>{channel} hat die Bestellung erneut geändert, während ein Konflikt offen ist</translation>
        </message>
        <message>
            <source>{channel} changed the {parts} while local changes to it wait to be sent</source>
            <translation>{channel} hat {parts} geändert, während lokale Änderungen daran noch auf das Senden warten</translation>
        </message>
        <message>
            <source>{channel} cancelled an order that left the warehouse</source>
            <translation>{channel} hat eine Bestellung storniert, die das Lager bereits verlassen hat</translation>
        </message>
    </context>
    <context>
        <name>WaybillLookup</name>
        <message>
            <source>No order has reference or tracking number {code}.</source>
            <translation>Keine Bestellung hat die Referenz oder Sendungsnummer {code}.</translation>
        </message>
        <message>
            <source>Parcel {code} belongs to {references} in {channel}, which is not on the desk yet.</source>
            <translation>Paket {code} gehört zu {references} in {channel}, das noch nicht auf dem Desk ist.</translation>
        </message>
        <message>
            <source>{channel} could not search parcel {code}: {error}</source>
            <translation>{channel} konnte Paket {code} nicht suchen: {error}</translation>
        </message>
        <message>
            <source>Parcel {code} belongs to {reference} ({channel}).</source>
            <translation>Paket {code} gehört zu {reference} ({channel}).</translation>
        </message>
    </context>
</TS>
