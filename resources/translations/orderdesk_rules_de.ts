<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>ActivityAction</name>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Synchronize</source>
            <translation>Synchronisieren</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Verknüpfen</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Verknüpfung lösen</translation>
        </message>
    </context>
    <context>
        <name>ActivityState</name>
        <message>
            <source>Requested</source>
            <translation>Angefordert</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Awaiting an answer</source>
            <translation>Wartet auf Antwort</translation>
        </message>
        <message>
            <source>Answering</source>
            <translation>Antwort wird gesendet</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>Capabilities</name>
        <message>
            <source>acknowledged</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <source>given a new status</source>
            <translation>mit einem neuen Status versehen</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>bearbeitet</translation>
        </message>
        <message>
            <source>split</source>
            <translation>aufgeteilt</translation>
        </message>
        <message>
            <source>dispatched</source>
            <translation>versendet</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>invoiced</source>
            <translation>in Rechnung gestellt</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>retourniert</translation>
        </message>
        <message>
            <source>given attributes</source>
            <translation>mit Attributen versehen</translation>
        </message>
        <message>
            <source>given stock</source>
            <translation>mit Bestand versehen</translation>
        </message>
        <message>
            <source>given an ERP number</source>
            <translation>mit einer ERP-Nummer versehen</translation>
        </message>
        <message>
            <source>given ERP line numbers</source>
            <translation>mit ERP-Positionsnummern versehen</translation>
        </message>
        <message>
            <source>bought</source>
            <translation>eingekauft</translation>
        </message>
        <message>
            <source>given a cancelled purchase</source>
            <translation>mit einem stornierten Einkauf versehen</translation>
        </message>
        <message>
            <source>paid for</source>
            <translation>bezahlt</translation>
        </message>
        <message>
            <source>Orders from a {kind} cannot be {action} here: the channel has no way to take it.</source>
            <translation>Bestellungen vom Kanaltyp {kind} können hier nicht {action} werden: Der Kanal kann das nicht übernehmen.</translation>
        </message>
        <message>
            <source>'{value}' is not a channel kind. Use one of: {choices}.</source>
            <translation>'{value}' ist kein Kanaltyp. Verwenden Sie einen von: {choices}.</translation>
        </message>
    </context>
    <context>
        <name>CarriedText</name>
        <message>
            <source>character {position}, {what},</source>
            <translation>Zeichen {position}, {what},</translation>
        </message>
        <message>
            <source>starts or ends with a space, which a channel's HTTP header would drop</source>
            <translation>beginnt oder endet mit einem Leerzeichen, das der HTTP-Header eines Kanals weglassen würde</translation>
        </message>
        <message>
            <source>character {position}</source>
            <translation>Zeichen {position}</translation>
        </message>
        <message>
            <source>has a character a channel cannot carry: {where} is an invisible control or format character</source>
            <translation>enthält ein Zeichen, das ein Kanal nicht übertragen kann: {where} ist ein unsichtbares Steuer- oder Formatzeichen</translation>
        </message>
        <message>
            <source>has a character a channel cannot carry: {where} is not one an HTTP header can hold (only Latin-1 letters, digits and signs)</source>
            <translation>enthält ein Zeichen, das ein Kanal nicht übertragen kann: {where} kann nicht in einem HTTP-Header stehen (nur Latin-1-Buchstaben, -Ziffern und -Zeichen)</translation>
        </message>
    </context>
    <context>
        <name>Carriers</name>
        <message>
            <source>This does not look like a {carrier} consignment number ({format}).</source>
            <translation>Das sieht nicht wie eine Sendungsnummer von {carrier} aus ({format}).</translation>
        </message>
        <message>
            <source>10, 12 or 20 digits, or JJD/JD and digits</source>
            <translation>10, 12 oder 20 Ziffern, oder JJD/JD und Ziffern</translation>
        </message>
        <message>
            <source>14 digits</source>
            <translation>14 Ziffern</translation>
        </message>
        <message>
            <source>11 or 12 digits, or 8 letters and digits</source>
            <translation>11 oder 12 Ziffern, oder 8 Buchstaben und Ziffern</translation>
        </message>
        <message>
            <source>1Z and 16 letters or digits</source>
            <translation>1Z und 16 Buchstaben oder Ziffern</translation>
        </message>
        <message>
            <source>12, 15, 20 or 22 digits</source>
            <translation>12, 15, 20 oder 22 Ziffern</translation>
        </message>
        <message>
            <source>3S and 11 to 13 letters or digits</source>
            <translation>3S und 11 bis 13 Buchstaben oder Ziffern</translation>
        </message>
        <message>
            <source>24 digits</source>
            <translation>24 Ziffern</translation>
        </message>
        <message>
            <source>9 digits</source>
            <translation>9 Ziffern</translation>
        </message>
        <message>
            <source>2 letters, 9 digits, 2 letters (or 20 digits)</source>
            <translation>2 Buchstaben, 9 Ziffern, 2 Buchstaben (oder 20 Ziffern)</translation>
        </message>
        <message>
            <source>14 to 16 digits</source>
            <translation>14 bis 16 Ziffern</translation>
        </message>
        <message>
            <source>Give a pattern, or remove the carrier.</source>
            <translation>Geben Sie ein Muster an oder entfernen Sie den Versanddienstleister.</translation>
        </message>
        <message>
            <source>'{pattern}' is not a valid pattern: {error}.</source>
            <translation>'{pattern}' ist kein gültiges Muster: {error}.</translation>
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>Affiliate order system</source>
            <translation>Affiliate-Bestellsystem</translation>
        </message>
        <message>
            <source>CloudSuite webshop</source>
            <translation>CloudSuite-Webshop</translation>
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
            <translation>Manuell / importiert</translation>
        </message>
    </context>
    <context>
        <name>ChannelOptions</name>
        <message>
            <source>Attribute mapping: {problems}</source>
            <translation>Attributzuordnung: {problems}</translation>
        </message>
        <message>
            <source>'{piece}' is not name=attributeN.</source>
            <translation>'{piece}' ist nicht Name=attributeN.</translation>
        </message>
        <message>
            <source>'{piece}' has no attribute name before '='.</source>
            <translation>'{piece}' hat keinen Attributnamen vor '='.</translation>
        </message>
        <message>
            <source>'{slot}' (for '{name}') is not an Increff slot: use attribute1 to attribute10.</source>
            <translation>'{slot}' (für '{name}') ist kein Increff-Feld: Verwenden Sie attribute1 bis attribute10.</translation>
        </message>
        <message>
            <source>attribute{number} (for '{name}') does not exist: Increff has attribute1 to attribute10.</source>
            <translation>attribute{number} (für '{name}') gibt es nicht: Increff hat attribute1 bis attribute10.</translation>
        </message>
        <message>
            <source>'{name}' is mapped twice.</source>
            <translation>'{name}' ist zweimal zugeordnet.</translation>
        </message>
        <message>
            <source>{slot} is given to both '{first}' and '{name}': each name needs its own slot.</source>
            <translation>{slot} ist sowohl '{first}' als auch '{name}' zugeordnet: Jeder Name braucht sein eigenes Feld.</translation>
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
            <translation>Statuszuordnung</translation>
        </message>
        <message>
            <source>ERP numbers</source>
            <translation>ERP-Nummern</translation>
        </message>
        <message>
            <source>ERP order number prefix</source>
            <translation>Präfix der ERP-Bestellnummer</translation>
        </message>
        <message>
            <source>Password/token expires on</source>
            <translation>Passwort/Token läuft ab am</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Versanddienstleister</translation>
        </message>
        <message>
            <source>The {setting} kept in the keyring for this channel {problem}, so it cannot be sent. Enter it again in Settings or with `orderdesk channels update "{channel}" --secret-stdin`.</source>
            <translation>Der für diesen Kanal im Schlüsselbund gespeicherte Wert von {setting} {problem} und kann daher nicht gesendet werden. Geben Sie ihn in den Einstellungen oder mit `orderdesk channels update "{channel}" --secret-stdin` erneut ein.</translation>
        </message>
        <message>
            <source>https://... (plain http only for a simulator on this machine)</source>
            <translation>https://... (unverschlüsseltes http nur für einen Simulator auf diesem Rechner)</translation>
        </message>
        <message>
            <source>OrderDesk status=the channel's status word, comma separated; several words for one status with |, the first is the one sent, e.g. pending=new, processing=processing, dispatched=complete|shipped</source>
            <translation>OrderDesk-Status=Statuswort des Kanals, durch Kommas getrennt; mehrere Wörter für einen Status mit |, das erste wird gesendet, z. B. pending=new, processing=processing, dispatched=complete|shipped</translation>
        </message>
        <message>
            <source>auto: acknowledging an order gives it an ERP order number (prefix + local id) and its lines 10, 20, 30...; manual: the operator enters them (orders erp, or the ERP tab of the edit dialog)</source>
            <translation>auto: Beim Bestätigen erhält eine Bestellung eine ERP-Bestellnummer (Präfix + lokale ID) und ihre Positionen 10, 20, 30...; manual: Der Mitarbeiter gibt sie ein (orders erp oder der Reiter ERP im Bearbeitungsdialog)</translation>
        </message>
        <message>
            <source>put before the local order id in automatic ERP order numbers, e.g. OD- gives OD-1042</source>
            <translation>steht in automatischen ERP-Bestellnummern vor der lokalen Bestell-ID, z. B. ergibt OD- die Nummer OD-1042</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, when the channel's password or token stops working; OrderDesk warns two weeks ahead</source>
            <translation>JJJJ-MM-TT, der Tag, an dem das Passwort oder Token des Kanals nicht mehr funktioniert; OrderDesk warnt zwei Wochen vorher</translation>
        </message>
        <message>
            <source>the carriers this channel's parcels go with, comma separated; the dispatch prompt offers them, the last used first</source>
            <translation>die Versanddienstleister, mit denen die Pakete dieses Kanals verschickt werden, durch Kommas getrennt; der Versanddialog bietet sie an, den zuletzt verwendeten zuerst</translation>
        </message>
        <message>
            <source>The {setting}</source>
            <translation>Das Feld {setting}</translation>
        </message>
        <message>
            <source>API token</source>
            <translation>API-Token</translation>
        </message>
        <message>
            <source>Webhook secret</source>
            <translation>Webhook-Geheimnis</translation>
        </message>
        <message>
            <source>Token URL</source>
            <translation>Token-URL</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>Client-ID</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Client-Geheimnis</translation>
        </message>
        <message>
            <source>Webshop id</source>
            <translation>Webshop-ID</translation>
        </message>
        <message>
            <source>Store code</source>
            <translation>Store-Code</translation>
        </message>
        <message>
            <source>Admin user</source>
            <translation>Admin-Benutzer</translation>
        </message>
        <message>
            <source>Admin password</source>
            <translation>Admin-Passwort</translation>
        </message>
        <message>
            <source>Increff Omni URL</source>
            <translation>Increff-Omni-URL</translation>
        </message>
        <message>
            <source>Increff user</source>
            <translation>Increff-Benutzer</translation>
        </message>
        <message>
            <source>Increff domain</source>
            <translation>Increff-Domain</translation>
        </message>
        <message>
            <source>Increff password</source>
            <translation>Increff-Passwort</translation>
        </message>
        <message>
            <source>Warehouse location code</source>
            <translation>Lagerortcode</translation>
        </message>
        <message>
            <source>Attribute mapping</source>
            <translation>Attributzuordnung</translation>
        </message>
        <message>
            <source>Instance key</source>
            <translation>Instanzschlüssel</translation>
        </message>
        <message>
            <source>Operator login</source>
            <translation>Operator-Login</translation>
        </message>
        <message>
            <source>Operator password</source>
            <translation>Operator-Passwort</translation>
        </message>
        <message>
            <source>Signature secret</source>
            <translation>Signaturgeheimnis</translation>
        </message>
        <message>
            <source>Customer login</source>
            <translation>Kunden-Login</translation>
        </message>
        <message>
            <source>Customer password</source>
            <translation>Kundenpasswort</translation>
        </message>
        <message>
            <source>Delivery mode</source>
            <translation>Versandart</translation>
        </message>
        <message>
            <source>Customer profile</source>
            <translation>Kundenprofil</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Provider session</source>
            <translation>Anbietersitzung</translation>
        </message>
        <message>
            <source>The {setting} {problem}. Was it pasted from a document? Copy it again from the channel.</source>
            <translation>Das Feld {setting} {problem}. Wurde es aus einem Dokument eingefügt? Kopieren Sie es erneut aus dem Kanal.</translation>
        </message>
        <message>
            <source>The {setting} {problem}.</source>
            <translation>Das Feld {setting} {problem}.</translation>
        </message>
        <message>
            <source>the secret the affiliate system signs its webhooks with (orderdesk sync --watch --listen)</source>
            <translation>das Geheimnis, mit dem das Affiliate-System seine Webhooks signiert (orderdesk sync --watch --listen)</translation>
        </message>
        <message>
            <source>the OAuth2 token endpoint of this installation</source>
            <translation>der OAuth2-Token-Endpunkt dieser Installation</translation>
        </message>
        <message>
            <source>only when references repeat across webshops</source>
            <translation>nur, wenn sich Referenzen über Webshops hinweg wiederholen</translation>
        </message>
        <message>
            <source>name=attributeN pairs, comma separated, e.g. coupon code=attribute1</source>
            <translation>Paare Name=attributeN, durch Kommas getrennt, z. B. coupon code=attribute1</translation>
        </message>
        <message>
            <source>needed to add orders</source>
            <translation>nötig, um Bestellungen hinzuzufügen</translation>
        </message>
        <message>
            <source>DeliveryModeId for purchases</source>
            <translation>DeliveryModeId für Einkäufe</translation>
        </message>
        <message>
            <source>default: the customer's first</source>
            <translation>Standard: das erste des Kunden</translation>
        </message>
        <message>
            <source>autopurchase provider, default Taobao</source>
            <translation>Autopurchase-Anbieter, Standard Taobao</translation>
        </message>
    </context>
    <context>
        <name>ErpNumbers</name>
        <message>
            <source>The ERP line number</source>
            <translation>Die ERP-Positionsnummer</translation>
        </message>
        <message>
            <source>ERP numbers: '{value}' is neither auto nor manual. Write auto to let OrderDesk number orders when they are acknowledged, or manual to enter the numbers yourself.</source>
            <translation>ERP-Nummern: '{value}' ist weder auto noch manual. Schreiben Sie auto, damit OrderDesk Bestellungen beim Bestätigen nummeriert, oder manual, um die Nummern selbst einzugeben.</translation>
        </message>
        <message numerus="yes">
            <source>The ERP prefix is %n character(s) long; keep it to {limit}.</source>
            <translation>
                <numerusform>Das ERP-Präfix ist %n Zeichen lang; halten Sie es bei höchstens {limit}.</numerusform>
                <numerusform>Das ERP-Präfix ist %n Zeichen lang; halten Sie es bei höchstens {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The ERP prefix cannot contain spaces or invisible characters.</source>
            <translation>Das ERP-Präfix darf keine Leerzeichen oder unsichtbaren Zeichen enthalten.</translation>
        </message>
        <message numerus="yes">
            <source>The ERP order number is %n character(s) long; CloudSuite takes at most {limit}.</source>
            <translation>
                <numerusform>Die ERP-Bestellnummer ist %n Zeichen lang; CloudSuite nimmt höchstens {limit}.</numerusform>
                <numerusform>Die ERP-Bestellnummer ist %n Zeichen lang; CloudSuite nimmt höchstens {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The ERP order number contains invisible characters.</source>
            <translation>Die ERP-Bestellnummer enthält unsichtbare Zeichen.</translation>
        </message>
        <message>
            <source>{what} must be a whole number above zero, not '{value}'.</source>
            <translation>{what} muss eine ganze Zahl größer als null sein, nicht '{value}'.</translation>
        </message>
        <message>
            <source>{what} is too big for CloudSuite ({value}).</source>
            <translation>{what} ist zu groß für CloudSuite ({value}).</translation>
        </message>
        <message>
            <source>The ERP order number is empty.</source>
            <translation>Die ERP-Bestellnummer ist leer.</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Acknowledgement</source>
            <translation>Bestätigung</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Statusänderung</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeitung</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Aufteilung</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>Versand</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Stornierung</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Rechnung</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retoure</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>ERP order number</source>
            <translation>ERP-Bestellnummer</translation>
        </message>
        <message>
            <source>ERP line numbers</source>
            <translation>ERP-Positionsnummern</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Einkauf</translation>
        </message>
        <message>
            <source>Purchase cancellation</source>
            <translation>Stornierung des Einkaufs</translation>
        </message>
        <message>
            <source>Purchase payment</source>
            <translation>Zahlung des Einkaufs</translation>
        </message>
    </context>
    <context>
        <name>EventState</name>
        <message>
            <source>Waiting</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Checking (answer lost)</source>
            <translation>Wird geprüft (Antwort verloren)</translation>
        </message>
        <message>
            <source>Discarded</source>
            <translation>Verworfen</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>{value} is not an amount</source>
            <translation>{value} ist kein Betrag</translation>
        </message>
        <message>
            <source>an amount cannot be true or false</source>
            <translation>ein Betrag kann nicht wahr oder falsch sein</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Processing</source>
            <translation>In Bearbeitung</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Verpackt</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Versendet</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Zugestellt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Retourniert</translation>
        </message>
    </context>
    <context>
        <name>OrderStatusWord</name>
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
    </context>
    <context>
        <name>PaymentStatus</name>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Unbezahlt</translation>
        </message>
        <message>
            <source>Invoice later</source>
            <translation>Spätere Rechnung</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Erstattet</translation>
        </message>
    </context>
    <context>
        <name>PurchaseState</name>
        <message>
            <source>Placing</source>
            <translation>Wird aufgegeben</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Aufgegeben</translation>
        </message>
        <message>
            <source>Paying</source>
            <translation>Wird bezahlt</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Cancelling</source>
            <translation>Wird storniert</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>Purchasing</name>
        <message>
            <source>the product is no longer available (sold out at the seller): remove it or choose the same at another seller</source>
            <translation>das Produkt ist nicht mehr erhältlich (beim Verkäufer ausverkauft): Entfernen Sie es oder wählen Sie dasselbe bei einem anderen Verkäufer</translation>
        </message>
        <message>
            <source>the configuration (colour, size) does not exist or ran out: choose another one or another seller</source>
            <translation>die Konfiguration (Farbe, Größe) gibt es nicht oder sie ist ausverkauft: Wählen Sie eine andere oder einen anderen Verkäufer</translation>
        </message>
        <message>
            <source>the seller is gone from the site: choose the same product at another seller</source>
            <translation>der Verkäufer ist nicht mehr auf der Website: Wählen Sie dasselbe Produkt bei einem anderen Verkäufer</translation>
        </message>
        <message>
            <source>a field of the line is wrong: check the item id, configuration and quantity</source>
            <translation>ein Feld der Position ist falsch: Prüfen Sie Artikel-ID, Konfiguration und Menge</translation>
        </message>
        <message>
            <source>{what}: OT left it out ({requested} wanted). Possible reasons: {reasons}.</source>
            <translation>{what}: OT hat es weggelassen ({requested} gewünscht). Mögliche Gründe: {reasons}.</translation>
        </message>
        <message>
            <source>item {item} (configuration {config})</source>
            <translation>Artikel {item} (Konfiguration {config})</translation>
        </message>
        <message>
            <source>item {item}</source>
            <translation>Artikel {item}</translation>
        </message>
        <message>
            <source>{what}: OT ordered {ordered} of {requested} - the seller has no more of it; buy the rest at another seller or accept fewer</source>
            <translation>{what}: OT hat {ordered} von {requested} bestellt - der Verkäufer hat nicht mehr davon; kaufen Sie den Rest bei einem anderen Verkäufer oder akzeptieren Sie weniger</translation>
        </message>
        <message>
            <source>Check the autopurchase address settings in OT (address in China, phone number).</source>
            <translation>Prüfen Sie die Adresseinstellungen von Autopurchase in OT (Adresse in China, Telefonnummer).</translation>
        </message>
        <message>
            <source>The provider's limit of unpaid orders is reached: pay on the provider's site, then export again.</source>
            <translation>Das Limit unbezahlter Bestellungen beim Anbieter ist erreicht: Bezahlen Sie auf der Website des Anbieters und exportieren Sie dann erneut.</translation>
        </message>
        <message>
            <source>The provider's goods no longer match the order (quantity, price): check the lines and export again.</source>
            <translation>Die Waren des Anbieters passen nicht mehr zur Bestellung (Menge, Preis): Prüfen Sie die Positionen und exportieren Sie erneut.</translation>
        </message>
        <message>
            <source>The provider could not be reached: try again later.</source>
            <translation>Der Anbieter war nicht erreichbar: Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>Line {line} has no SKU or ot_item_id, so there is nothing to buy on OT Platform.</source>
            <translation>Position {line} hat keine SKU und keine ot_item_id, daher gibt es auf OT Platform nichts zu kaufen.</translation>
        </message>
        <message>
            <source>The order has no lines to buy.</source>
            <translation>Die Bestellung hat keine Positionen zum Einkaufen.</translation>
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
            <translation>Bediener</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>An operator may not retry sync events; ask a supervisor.</source>
            <translation>Ein Bediener darf Synchronisierungsänderungen nicht erneut versuchen; fragen Sie einen Supervisor.</translation>
        </message>
        <message>
            <source>An operator may not discard sync events; ask a supervisor.</source>
            <translation>Ein Bediener darf Synchronisierungsänderungen nicht verwerfen; fragen Sie einen Supervisor.</translation>
        </message>
        <message>
            <source>An operator may not resolve conflicts with a channel; ask a supervisor.</source>
            <translation>Ein Bediener darf Konflikte mit einem Kanal nicht lösen; fragen Sie einen Supervisor.</translation>
        </message>
        <message>
            <source>An operator may not export the sync log; ask a supervisor.</source>
            <translation>Ein Bediener darf das Synchronisierungsprotokoll nicht exportieren; fragen Sie einen Supervisor.</translation>
        </message>
        <message>
            <source>An operator may not change channels; ask an admin.</source>
            <translation>Ein Bediener darf Kanäle nicht ändern; fragen Sie einen Administrator.</translation>
        </message>
        <message>
            <source>An operator may not change settings; ask an admin.</source>
            <translation>Ein Bediener darf Einstellungen nicht ändern; fragen Sie einen Administrator.</translation>
        </message>
        <message>
            <source>An operator may not grant roles; ask an admin.</source>
            <translation>Ein Bediener darf keine Rollen vergeben; fragen Sie einen Administrator.</translation>
        </message>
        <message>
            <source>A supervisor may not change channels; ask an admin.</source>
            <translation>Ein Supervisor darf Kanäle nicht ändern; fragen Sie einen Administrator.</translation>
        </message>
        <message>
            <source>A supervisor may not change settings; ask an admin.</source>
            <translation>Ein Supervisor darf Einstellungen nicht ändern; fragen Sie einen Administrator.</translation>
        </message>
        <message>
            <source>A supervisor may not grant roles; ask an admin.</source>
            <translation>Ein Supervisor darf keine Rollen vergeben; fragen Sie einen Administrator.</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>keine Rolle</translation>
        </message>
        <message>
            <source>This login has no OrderDesk role; ask an admin to grant one.</source>
            <translation>Diese Anmeldung hat keine OrderDesk-Rolle; bitten Sie einen Administrator, eine zu vergeben.</translation>
        </message>
    </context>
    <context>
        <name>SecretExpiry</name>
        <message>
            <source>{channel}: the password or token expired on {day}; renew it in Channels settings</source>
            <translation>{channel}: Das Passwort oder Token ist am {day} abgelaufen; erneuern Sie es in den Kanaleinstellungen</translation>
        </message>
        <message>
            <source>{channel}: the password or token expires today; renew it in Channels settings</source>
            <translation>{channel}: Das Passwort oder Token läuft heute ab; erneuern Sie es in den Kanaleinstellungen</translation>
        </message>
        <message numerus="yes">
            <source>{channel}: the password or token expires in %n day(s) ({day})</source>
            <translation>
                <numerusform>{channel}: Das Passwort oder Token läuft in %n Tag ab ({day})</numerusform>
                <numerusform>{channel}: Das Passwort oder Token läuft in %n Tagen ab ({day})</numerusform>
            </translation>
        </message>
        <message>
            <source>'{value}' is not a date: write it as year-month-day, e.g. 2027-01-31.</source>
            <translation>'{value}' ist kein Datum: Schreiben Sie es als Jahr-Monat-Tag, z. B. 2027-01-31.</translation>
        </message>
    </context>
    <context>
        <name>Split</name>
        <message>
            <source>Choose at least one line and a quantity to move to the new order.</source>
            <translation>Wählen Sie mindestens eine Position und eine Menge, die in die neue Bestellung verschoben werden sollen.</translation>
        </message>
        <message>
            <source>Moving every unit is not a split: at least one unit must stay on the original order.</source>
            <translation>Alle Einheiten zu verschieben ist keine Aufteilung: Mindestens eine Einheit muss in der ursprünglichen Bestellung bleiben.</translation>
        </message>
        <message>
            <source>Every new order needs at least one line.</source>
            <translation>Jede neue Bestellung braucht mindestens eine Position.</translation>
        </message>
        <message>
            <source>Line {line} is not on this order.</source>
            <translation>Position {line} gehört nicht zu dieser Bestellung.</translation>
        </message>
        <message>
            <source>The quantity for {sku} must be a whole number.</source>
            <translation>Die Menge für {sku} muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>Move at least 1 unit of {sku}, or leave the line out.</source>
            <translation>Verschieben Sie mindestens 1 Einheit von {sku} oder lassen Sie die Position weg.</translation>
        </message>
        <message numerus="yes">
            <source>{sku} has %n unit(s); you cannot move {moved}.</source>
            <translation>
                <numerusform>{sku} hat %n Einheit; Sie können nicht {moved} verschieben.</numerusform>
                <numerusform>{sku} hat %n Einheiten; Sie können nicht {moved} verschieben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusMap</name>
        <message>
            <source>Status mapping: {problem}</source>
            <translation>Statuszuordnung: {problem}</translation>
        </message>
        <message>
            <source>'{item}' names no OrderDesk status before '='. Use one of: {choices}.</source>
            <translation>'{item}' nennt keinen OrderDesk-Status vor '='. Verwenden Sie einen von: {choices}.</translation>
        </message>
        <message>
            <source>'{item}' has no '='. Write OrderDesk status=channel word, e.g. pending=new.</source>
            <translation>'{item}' hat kein '='. Schreiben Sie OrderDesk-Status=Wort des Kanals, z. B. pending=new.</translation>
        </message>
        <message>
            <source>{status} is mapped twice ('{first}' and '{item}'). Put all its channel words in one place, separated by '|', e.g. {example}.</source>
            <translation>{status} ist zweimal zugeordnet ('{first}' und '{item}'). Schreiben Sie alle Wörter des Kanals dafür an eine Stelle, getrennt durch '|', z. B. {example}.</translation>
        </message>
        <message>
            <source>'{name}' (in '{item}') is not an OrderDesk status. Use one of: {choices}.</source>
            <translation>'{name}' (in '{item}') ist kein OrderDesk-Status. Verwenden Sie einen von: {choices}.</translation>
        </message>
        <message>
            <source>'{item}' has an empty channel word. Write the channel's word after '=' (several separated by '|', e.g. {example}).</source>
            <translation>'{item}' hat ein leeres Wort des Kanals. Schreiben Sie das Wort des Kanals nach '=' (mehrere getrennt durch '|', z. B. {example}).</translation>
        </message>
        <message>
            <source>the channel word '{word}' is listed twice for {status}.</source>
            <translation>das Wort des Kanals '{word}' steht zweimal bei {status}.</translation>
        </message>
    </context>
    <context>
        <name>Statuses</name>
        <message>
            <source>edited</source>
            <translation>bearbeitet</translation>
        </message>
        <message>
            <source>split</source>
            <translation>aufgeteilt</translation>
        </message>
        <message>
            <source>A {current} order cannot be set to {target}. Allowed next: {options}.</source>
            <translation>Eine Bestellung mit Status {current} kann nicht den Status {target} erhalten. Als Nächstes erlaubt: {options}.</translation>
        </message>
        <message>
            <source>The order is already {status}.</source>
            <translation>Die Bestellung ist bereits {status}.</translation>
        </message>
        <message>
            <source>A dispatched order cannot be cancelled; create a return instead.</source>
            <translation>Eine versendete Bestellung kann nicht storniert werden; legen Sie stattdessen eine Retoure an.</translation>
        </message>
        <message>
            <source>none, it is final</source>
            <translation>keiner, dies ist der Endstatus</translation>
        </message>
        <message>
            <source>A {status} order can no longer be {what}.</source>
            <translation>Eine Bestellung mit Status {status} kann nicht mehr {what} werden.</translation>
        </message>
        <message>
            <source>'{value}' is not an order status. Use one of: {choices}.</source>
            <translation>'{value}' ist kein Bestellstatus. Verwenden Sie einen von: {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is not a payment status. Use one of: {choices}.</source>
            <translation>'{value}' ist kein Zahlungsstatus. Verwenden Sie einen von: {choices}.</translation>
        </message>
        <message>
            <source>Only a dispatched order can be returned.</source>
            <translation>Nur eine versendete Bestellung kann retourniert werden.</translation>
        </message>
        <message>
            <source>This order is not paid. Processing it needs a payment override with a reason.</source>
            <translation>Diese Bestellung ist nicht bezahlt. Um sie zu bearbeiten, ist eine Zahlungsfreigabe mit Begründung nötig.</translation>
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message>
            <source>Synced</source>
            <translation>Synchronisiert</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>The base URL</source>
            <translation>Die Basis-URL</translation>
        </message>
        <message>
            <source>{label} contains spaces or control characters; a web address has none.</source>
            <translation>{label} enthält Leerzeichen oder Steuerzeichen; eine Webadresse hat keine.</translation>
        </message>
        <message>
            <source>{label} must not carry a login or password (user:password@...): enter the login in its own field and the password or token as the channel's secret, which is kept in the OS keyring.</source>
            <translation>{label} darf keine Anmeldung und kein Passwort enthalten (benutzer:passwort@...): Geben Sie die Anmeldung in ihrem eigenen Feld ein und das Passwort oder Token als Geheimnis des Kanals, das im Schlüsselbund des Betriebssystems aufbewahrt wird.</translation>
        </message>
        <message>
            <source>{label} '{url}' is not a web address: it must start with https:// (or http:// for a simulator on this machine).</source>
            <translation>{label} '{url}' ist keine Webadresse: Sie muss mit https:// beginnen (oder http:// für einen Simulator auf diesem Rechner).</translation>
        </message>
        <message>
            <source>{label} '{url}' has a port that does not exist: ports run from 1 to 65535.</source>
            <translation>{label} '{url}' hat einen Port, den es nicht gibt: Ports reichen von 1 bis 65535.</translation>
        </message>
        <message>
            <source>{label} '{url}' uses plain http: use https:// so that credentials are not sent in the clear.</source>
            <translation>{label} '{url}' verwendet unverschlüsseltes http: Verwenden Sie https://, damit Zugangsdaten nicht im Klartext gesendet werden.</translation>
        </message>
        <message>
            <source>{label} is empty.</source>
            <translation>{label} ist leer.</translation>
        </message>
        <message>
            <source>{label} '{url}' names no server.</source>
            <translation>{label} '{url}' nennt keinen Server.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>The external_id</source>
            <translation>Die external_id</translation>
        </message>
        <message>
            <source>The customer</source>
            <translation>Der Kunde</translation>
        </message>
        <message>
            <source>The status</source>
            <translation>Der Status</translation>
        </message>
        <message>
            <source>{label} must be a date and time as text (use ISO 8601, e.g. 2026-11-23T10:42:00Z), not {kind}.</source>
            <translation>{label} muss ein Datum mit Uhrzeit als Text sein (verwenden Sie ISO 8601, z. B. 2026-11-23T10:42:00Z), nicht {kind}.</translation>
        </message>
        <message>
            <source>{label} must be an object, not {kind}.</source>
            <translation>{label} muss ein Objekt sein, nicht {kind}.</translation>
        </message>
        <message>
            <source>{attributes}: a name</source>
            <translation>{attributes}: ein Name</translation>
        </message>
        <message>
            <source>{attributes}: the value of {key}</source>
            <translation>{attributes}: der Wert von {key}</translation>
        </message>
        <message>
            <source>Line {position} is not an object.</source>
            <translation>Position {position} ist kein Objekt.</translation>
        </message>
        <message>
            <source>Line {position} SKU</source>
            <translation>Die SKU von Position {position}</translation>
        </message>
        <message>
            <source>Line {position} price</source>
            <translation>Der Preis von Position {position}</translation>
        </message>
        <message>
            <source>Line {position} quantity</source>
            <translation>Die Menge von Position {position}</translation>
        </message>
        <message>
            <source>An order must be a JSON object.</source>
            <translation>Eine Bestellung muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <source>It has no external_id.</source>
            <translation>Es fehlt die external_id.</translation>
        </message>
        <message>
            <source>The reference</source>
            <translation>Die Referenz</translation>
        </message>
        <message>
            <source>It has no lines.</source>
            <translation>Es gibt keine Positionen.</translation>
        </message>
        <message numerus="yes">
            <source>It has %Ln line(s); at most {limit} are taken.</source>
            <translation>
                <numerusform>Es gibt %Ln Position; höchstens {limit} werden angenommen.</numerusform>
                <numerusform>Es gibt %Ln Positionen; höchstens {limit} werden angenommen.</numerusform>
            </translation>
        </message>
        <message>
            <source>{label} '{value}' is not a date and time (use ISO 8601, e.g. 2026-11-23T10:42:00Z).</source>
            <translation>{label} '{value}' ist kein Datum mit Uhrzeit (verwenden Sie ISO 8601, z. B. 2026-11-23T10:42:00Z).</translation>
        </message>
        <message>
            <source>The shipping address</source>
            <translation>Die Lieferadresse</translation>
        </message>
        <message>
            <source>The billing address</source>
            <translation>Die Rechnungsadresse</translation>
        </message>
        <message>
            <source>The consignment number</source>
            <translation>Die Sendungsnummer</translation>
        </message>
        <message>
            <source>The carrier</source>
            <translation>Der Versanddienstleister</translation>
        </message>
        <message>
            <source>The ERP order number</source>
            <translation>Die ERP-Bestellnummer</translation>
        </message>
        <message>
            <source>The attributes</source>
            <translation>Die Attribute</translation>
        </message>
        <message>
            <source>The channel_data</source>
            <translation>Die channel_data</translation>
        </message>
        <message>
            <source>{address}: {key}</source>
            <translation>{address}: {key}</translation>
        </message>
        <message>
            <source>Line {position} external id</source>
            <translation>Die externe ID von Position {position}</translation>
        </message>
        <message>
            <source>Line {position} ERP line number</source>
            <translation>Die ERP-Positionsnummer von Position {position}</translation>
        </message>
        <message>
            <source>Line {position} tracking number</source>
            <translation>Die Sendungsverfolgungsnummer von Position {position}</translation>
        </message>
        <message>
            <source>Line {position} attributes</source>
            <translation>Die Attribute von Position {position}</translation>
        </message>
        <message>
            <source>The channel status</source>
            <translation>Der Kanalstatus</translation>
        </message>
        <message>
            <source>The source</source>
            <translation>Die Quelle</translation>
        </message>
        <message>
            <source>Line {position} name</source>
            <translation>Der Name von Position {position}</translation>
        </message>
        <message>
            <source>The payment status</source>
            <translation>Der Zahlungsstatus</translation>
        </message>
        <message>
            <source>The customer name</source>
            <translation>Der Kundenname</translation>
        </message>
        <message>
            <source>The customer phone</source>
            <translation>Die Telefonnummer des Kunden</translation>
        </message>
        <message>
            <source>{label} must be text, not {kind}.</source>
            <translation>{label} muss Text sein, nicht {kind}.</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>Der Grund</translation>
        </message>
        <message>
            <source>The quantity</source>
            <translation>Die Menge</translation>
        </message>
        <message>
            <source>The price</source>
            <translation>Der Preis</translation>
        </message>
        <message>
            <source>The SKU</source>
            <translation>Die SKU</translation>
        </message>
        <message>
            <source>The attribute name</source>
            <translation>Der Attributname</translation>
        </message>
        <message>
            <source>The order total</source>
            <translation>Die Bestellsumme</translation>
        </message>
        <message>
            <source>The shipping</source>
            <translation>Die Versandkosten</translation>
        </message>
        <message>
            <source>The commission rate</source>
            <translation>Der Provisionssatz</translation>
        </message>
        <message>
            <source>The shipping name</source>
            <translation>Der Name in der Lieferadresse</translation>
        </message>
        <message>
            <source>The shipping company</source>
            <translation>Die Firma in der Lieferadresse</translation>
        </message>
        <message>
            <source>The shipping street</source>
            <translation>Die Straße in der Lieferadresse</translation>
        </message>
        <message>
            <source>The shipping city</source>
            <translation>Der Ort in der Lieferadresse</translation>
        </message>
        <message>
            <source>The shipping postcode</source>
            <translation>Die Postleitzahl in der Lieferadresse</translation>
        </message>
        <message>
            <source>The shipping region</source>
            <translation>Die Region in der Lieferadresse</translation>
        </message>
        <message>
            <source>The shipping country</source>
            <translation>Das Land in der Lieferadresse</translation>
        </message>
        <message>
            <source>The shipping phone</source>
            <translation>Die Telefonnummer in der Lieferadresse</translation>
        </message>
        <message>
            <source>The billing name</source>
            <translation>Der Name in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>The billing company</source>
            <translation>Die Firma in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>The billing street</source>
            <translation>Die Straße in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>The billing city</source>
            <translation>Der Ort in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>The billing postcode</source>
            <translation>Die Postleitzahl in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>The billing region</source>
            <translation>Die Region in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>The billing country</source>
            <translation>Das Land in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>The billing phone</source>
            <translation>Die Telefonnummer in der Rechnungsadresse</translation>
        </message>
        <message>
            <source>Order {order}: {problem}</source>
            <translation>Bestellung {order}: {problem}</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} ist erforderlich.</translation>
        </message>
        <message numerus="yes">
            <source>{label} is %Ln character(s) long; the channel accepts at most {limit}.</source>
            <translation>
                <numerusform>{label} ist %Ln Zeichen lang; der Kanal akzeptiert höchstens {limit}.</numerusform>
                <numerusform>{label} ist %Ln Zeichen lang; der Kanal akzeptiert höchstens {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The consignment number may hold only letters, digits, spaces and . / _ -</source>
            <translation>Die Sendungsnummer darf nur Buchstaben, Ziffern, Leerzeichen und . / _ - enthalten</translation>
        </message>
        <message>
            <source>{label} must be a whole number, not {value}.</source>
            <translation>{label} muss eine ganze Zahl sein, nicht {value}.</translation>
        </message>
        <message numerus="yes">
            <source>{label} is {value}; at most %Ln unit(s) fit a line.</source>
            <translation>
                <numerusform>{label} ist {value}; höchstens %Ln Einheit passt auf eine Position.</numerusform>
                <numerusform>{label} ist {value}; höchstens %Ln Einheiten passen auf eine Position.</numerusform>
            </translation>
        </message>
        <message>
            <source>The e-mail address</source>
            <translation>Die E-Mail-Adresse</translation>
        </message>
        <message>
            <source>'{value}' is not an e-mail address.</source>
            <translation>'{value}' ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>'{name}' is not a usable attribute name: start with a letter; letters, digits, spaces, _ and - only.</source>
            <translation>'{name}' ist kein brauchbarer Attributname: Beginnen Sie mit einem Buchstaben; nur Buchstaben, Ziffern, Leerzeichen, _ und -.</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>leer</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>wahr oder falsch</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>{label} is too large: amounts must stay below {limit}.</source>
            <translation>{label} ist zu groß: Beträge müssen unter {limit} bleiben.</translation>
        </message>
        <message>
            <source>{label} has too many decimals (at most {limit}).</source>
            <translation>{label} hat zu viele Nachkommastellen (höchstens {limit}).</translation>
        </message>
        <message>
            <source>{label} would be {value}; amounts must stay below {limit}.</source>
            <translation>{label} wäre {value}; Beträge müssen unter {limit} bleiben.</translation>
        </message>
        <message>
            <source>{label} is {value}%; it must be between 0 and 100%.</source>
            <translation>{label} ist {value} %; er muss zwischen 0 und 100 % liegen.</translation>
        </message>
        <message>
            <source>'{value}' is not a currency: use its three-letter ISO 4217 code, such as EUR.</source>
            <translation>'{value}' ist keine Währung: Verwenden Sie den dreistelligen ISO-4217-Code, etwa EUR.</translation>
        </message>
        <message>
            <source>The external id</source>
            <translation>Die externe ID</translation>
        </message>
        <message>
            <source>The customer e-mail</source>
            <translation>Die E-Mail-Adresse des Kunden</translation>
        </message>
        <message>
            <source>The order's attributes</source>
            <translation>Die Attribute der Bestellung</translation>
        </message>
        <message>
            <source>The lines total</source>
            <translation>Die Summe der Positionen</translation>
        </message>
        <message>
            <source>The channel's data for the order</source>
            <translation>Die Daten des Kanals zur Bestellung</translation>
        </message>
        <message>
            <source>{attributes}: the name {key}</source>
            <translation>{attributes}: der Name {key}</translation>
        </message>
        <message>
            <source>{label} holds a NUL character, which no text may hold.</source>
            <translation>{label} enthält ein NUL-Zeichen, das kein Text enthalten darf.</translation>
        </message>
        <message>
            <source>{label} must be a whole number.</source>
            <translation>{label} muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label} darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>{label} must be at least 1.</source>
            <translation>{label} muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>{label} cannot contain spaces.</source>
            <translation>{label} darf keine Leerzeichen enthalten.</translation>
        </message>
        <message>
            <source>{label} must be a number, not {value}.</source>
            <translation>{label} muss eine Zahl sein, nicht {value}.</translation>
        </message>
        <message>
            <source>The currency must be a three-letter code such as EUR, not {kind}.</source>
            <translation>Die Währung muss ein Code aus drei Buchstaben sein, etwa EUR, nicht {kind}.</translation>
        </message>
        <message>
            <source>The order: {problem}</source>
            <translation>Die Bestellung: {problem}</translation>
        </message>
        <message>
            <source>The order has no lines.</source>
            <translation>Die Bestellung hat keine Positionen.</translation>
        </message>
        <message numerus="yes">
            <source>The order has %Ln line(s); at most {limit} are taken.</source>
            <translation>
                <numerusform>Die Bestellung hat %Ln Position; höchstens {limit} werden angenommen.</numerusform>
                <numerusform>Die Bestellung hat %Ln Positionen; höchstens {limit} werden angenommen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The channel's data for the order is %Ln character(s); at most {limit}.</source>
            <translation>
                <numerusform>Die Daten des Kanals zur Bestellung sind %Ln Zeichen lang; höchstens {limit}.</numerusform>
                <numerusform>Die Daten des Kanals zur Bestellung sind %Ln Zeichen lang; höchstens {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {position} total</source>
            <translation>Die Summe von Position {position}</translation>
        </message>
        <message>
            <source>{label} is nested more than {limit} levels deep.</source>
            <translation>{label} ist mehr als {limit} Ebenen tief verschachtelt.</translation>
        </message>
    </context>
</TS>
