<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>DetailPanel</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stückpreis</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Tracking</translation>
        </message>
        <message>
            <source>ERP line</source>
            <translation>ERP-Position</translation>
        </message>
        <message>
            <source>No order selected. Select an order to see it here.</source>
            <translation>Keine Bestellung ausgewählt. Wählen Sie eine Bestellung aus, um sie hier zu sehen.</translation>
        </message>
        <message>
            <source>Order details</source>
            <translation>Bestelldetails</translation>
        </message>
        <message>
            <source>Order summary</source>
            <translation>Bestellübersicht</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Bestellpositionen</translation>
        </message>
        <message>
            <source>Addresses, attributes and consignment</source>
            <translation>Adressen, Attribute und Sendung</translation>
        </message>
        <message>
            <source>Order timeline</source>
            <translation>Verlauf der Bestellung</translation>
        </message>
        <message>
            <source>Retry failed sync</source>
            <translation>Fehlgeschlagene Synchronisierung wiederholen</translation>
        </message>
        <message>
            <source>Retry the failed sync event</source>
            <translation>Die fehlgeschlagene Änderung erneut an den Kanal senden</translation>
        </message>
        <message>
            <source>Total {amount}</source>
            <translation>Gesamt {amount}</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>order {number}</source>
            <translation>Bestellung {number}</translation>
        </message>
        <message>
            <source>split from {order}</source>
            <translation>abgeteilt von {order}</translation>
        </message>
        <message>
            <source>split into {orders}</source>
            <translation>aufgeteilt in {orders}</translation>
        </message>
        <message>
            <source>payment: {state}</source>
            <translation>Zahlung: {state}</translation>
        </message>
        <message>
            <source>sync: {state}</source>
            <translation>Synchronisierung: {state}</translation>
        </message>
        <message>
            <source>version {number}</source>
            <translation>Version {number}</translation>
        </message>
        <message>
            <source>commission {amount}</source>
            <translation>Provision {amount}</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Lieferadresse</translation>
        </message>
        <message>
            <source>Bill to</source>
            <translation>Rechnungsadresse</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Consignment</source>
            <translation>Sendung</translation>
        </message>
        <message>
            <source>ERP order number</source>
            <translation>ERP-Bestellnummer</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Rechnung</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>DiscardEventDialog</name>
        <message>
            <source>Order {reference}: {kind} event #{number}, {state}.</source>
            <translation>Bestellung {reference}: Änderung #{number} ({kind}), {state}.</translation>
        </message>
        <message>
            <source>{channel} will never hear of this change. The order stays as it is here; its history records that you discarded the event, and why.</source>
            <translation>{channel} erfährt nie von dieser Änderung. Die Bestellung bleibt hier, wie sie ist; ihr Verlauf hält fest, dass Sie die Änderung verworfen haben, und warum.</translation>
        </message>
        <message>
            <source>Discard sync event</source>
            <translation>Änderung verwerfen</translation>
        </message>
        <message>
            <source>Discard error</source>
            <translation>Fehler beim Verwerfen</translation>
        </message>
        <message>
            <source>No message.</source>
            <translation>Keine Meldung.</translation>
        </message>
        <message>
            <source>Reason for discarding</source>
            <translation>Grund für das Verwerfen</translation>
        </message>
        <message>
            <source>e.g. fixed by hand in the channel</source>
            <translation>z. B. im Kanal von Hand korrigiert</translation>
        </message>
        <message>
            <source>Reason error</source>
            <translation>Fehler beim Grund</translation>
        </message>
        <message>
            <source>Discard the event</source>
            <translation>Die Änderung verwerfen</translation>
        </message>
        <message>
            <source>Keep the event</source>
            <translation>Die Änderung behalten</translation>
        </message>
        <message>
            <source>Why discard it?</source>
            <translation>Warum verwerfen?</translation>
        </message>
        <message>
            <source>Discard event</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Give a reason: it goes into the order's history.</source>
            <translation>Geben Sie einen Grund an: Er wird im Verlauf der Bestellung festgehalten.</translation>
        </message>
    </context>
    <context>
        <name>OrderTable</name>
        <message>
            <source>Changes wait to be sent to the channel</source>
            <translation>Änderungen warten darauf, an den Kanal gesendet zu werden</translation>
        </message>
        <message>
            <source>A change could not be sent: see the sync log</source>
            <translation>Eine Änderung konnte nicht gesendet werden: siehe Synchronisierungsprotokoll</translation>
        </message>
        <message>
            <source>The channel changed this order too: choose which version to keep</source>
            <translation>Der Kanal hat diese Bestellung ebenfalls geändert: Wählen Sie, welche Version behalten wird</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Zahlung</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Consignment</source>
            <translation>Sendung</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisierung</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>ERP number</source>
            <translation>ERP-Nummer</translation>
        </message>
    </context>
    <context>
        <name>PurchasesPane</name>
        <message>
            <source>Purchase</source>
            <translation>Einkauf</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Via</source>
            <translation>Über</translation>
        </message>
        <message>
            <source>OT order</source>
            <translation>OT-Bestellung</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>OT status</source>
            <translation>OT-Status</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Question or message</source>
            <translation>Frage oder Meldung</translation>
        </message>
        <message>
            <source>{paid} of {total}</source>
            <translation>{paid} von {total}</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Einkäufe</translation>
        </message>
        <message>
            <source>Purchases on OT Platform and autopurchase questions (F7)</source>
            <translation>Einkäufe auf OT Platform und Fragen zum automatischen Einkauf (F7)</translation>
        </message>
        <message>
            <source>Purchases on OT Platform</source>
            <translation>Einkäufe auf OT Platform</translation>
        </message>
        <message>
            <source>The selected purchase</source>
            <translation>Der ausgewählte Einkauf</translation>
        </message>
        <message>
            <source>Deposit if the customer's account is short</source>
            <translation>Einzahlung, falls das Guthaben des Kunden nicht reicht</translation>
        </message>
        <message>
            <source>deposit if the account is short</source>
            <translation>Einzahlung, falls das Guthaben nicht reicht</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Bezahlen</translation>
        </message>
        <message>
            <source>Pay the selected purchase</source>
            <translation>Den ausgewählten Einkauf bezahlen</translation>
        </message>
        <message>
            <source>Cancel on OT</source>
            <translation>Auf OT stornieren</translation>
        </message>
        <message>
            <source>Cancel the selected purchase's OT order</source>
            <translation>Die OT-Bestellung des ausgewählten Einkaufs stornieren</translation>
        </message>
        <message>
            <source>Export to provider</source>
            <translation>An Anbieter exportieren</translation>
        </message>
        <message>
            <source>Export the selected purchase to the provider</source>
            <translation>Den ausgewählten Einkauf an den Anbieter exportieren</translation>
        </message>
        <message>
            <source>Sync with provider</source>
            <translation>Mit Anbieter synchronisieren</translation>
        </message>
        <message>
            <source>Synchronize exported orders with the provider</source>
            <translation>Exportierte Bestellungen mit dem Anbieter synchronisieren</translation>
        </message>
        <message>
            <source>Autopurchase activities</source>
            <translation>Aktivitäten des automatischen Einkaufs</translation>
        </message>
        <message>
            <source>The question OT Platform asks</source>
            <translation>Die Frage von OT Platform</translation>
        </message>
        <message>
            <source>Purchase P{number} of {reference} via {channel}: {state}.</source>
            <translation>Einkauf P{number} für {reference} über {channel}: {state}.</translation>
        </message>
        <message>
            <source>OT Platform asks about {subject}: {question}</source>
            <translation>OT Platform fragt zu {subject}: {question}</translation>
        </message>
        <message>
            <source>There is no OT Platform channel to buy on: add one under Channels.</source>
            <translation>Es gibt keinen OT-Platform-Kanal zum Einkaufen: Fügen Sie unter Kanäle einen hinzu.</translation>
        </message>
        <message>
            <source>Buy on OT Platform</source>
            <translation>Bei OT Platform einkaufen</translation>
        </message>
        <message>
            <source>Buy through the channel:</source>
            <translation>Einkaufen über den Kanal:</translation>
        </message>
        <message>
            <source>Select a purchase to see what OT Platform did with it.</source>
            <translation>Wählen Sie einen Einkauf aus, um zu sehen, was OT Platform damit gemacht hat.</translation>
        </message>
        <message>
            <source>Answer: {choice}</source>
            <translation>Antwort: {choice}</translation>
        </message>
        <message>
            <source>OT line {line} ({item}): provider order {provider_order}, waybill {waybill}</source>
            <translation>OT-Position {line} ({item}): Anbieterbestellung {provider_order}, Frachtbrief {waybill}</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
    </context>
    <context>
        <name>StockView</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Quantity to publish</source>
            <translation>Zu meldende Menge</translation>
        </message>
        <message>
            <source>Last sent</source>
            <translation>Zuletzt gesendet</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Channel's answer</source>
            <translation>Antwort des Kanals</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wartend</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>wird gesendet</translation>
        </message>
        <message>
            <source>checking (answer lost)</source>
            <translation>wird geprüft (Antwort verloren)</translation>
        </message>
        <message>
            <source>published</source>
            <translation>gemeldet</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Lagerbestand</translation>
        </message>
        <message>
            <source>Stock quantities</source>
            <translation>Lagerbestände</translation>
        </message>
        <message>
            <source>Channel to publish to</source>
            <translation>Kanal, an den gemeldet wird</translation>
        </message>
        <message>
            <source>Queue the quantity for the SKU</source>
            <translation>Die Menge für die SKU vormerken</translation>
        </message>
        <message>
            <source>Import a sku,quantity CSV file</source>
            <translation>Eine CSV-Datei mit den Spalten sku,quantity importieren</translation>
        </message>
        <message>
            <source>Send the failed quantities again</source>
            <translation>Die fehlgeschlagenen Mengen erneut senden</translation>
        </message>
        <message>
            <source>What the last stock action did</source>
            <translation>Was die letzte Bestandsaktion bewirkt hat</translation>
        </message>
        <message>
            <source>Why the stock action was refused</source>
            <translation>Warum die Bestandsaktion abgelehnt wurde</translation>
        </message>
        <message numerus="yes">
            <source>%n quantity(ies) failed</source>
            <translation>
                <numerusform>%n Menge fehlgeschlagen</numerusform>
                <numerusform>%n Mengen fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message>
            <source>{sku}: {quantity} queued for {channel}.</source>
            <translation>{sku}: {quantity} für {channel} vorgemerkt.</translation>
        </message>
        <message>
            <source>Import stock quantities</source>
            <translation>Lagerbestände importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %Ln quantity(ies) queued for {channel}</source>
            <translation>
                <numerusform>{file}: %Ln Menge für {channel} vorgemerkt</numerusform>
                <numerusform>{file}: %Ln Mengen für {channel} vorgemerkt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed quantity(ies) queued again for {channel}.</source>
            <translation>
                <numerusform>%Ln fehlgeschlagene Menge erneut für {channel} vorgemerkt.</numerusform>
                <numerusform>%Ln fehlgeschlagene Mengen erneut für {channel} vorgemerkt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Queue quantity</source>
            <translation>Menge vormerken</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>CSV importieren…</translation>
        </message>
        <message>
            <source>Retry failed</source>
            <translation>Fehlgeschlagene wiederholen</translation>
        </message>
        <message>
            <source>No channel takes stock quantities: add a Magento channel under Channels… first.</source>
            <translation>Kein Kanal nimmt Lagerbestände an: Fügen Sie zuerst unter Kanäle… einen Magento-Kanal hinzu.</translation>
        </message>
        <message>
            <source>{quantity} at {time}</source>
            <translation>{quantity} am {time}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln repeated SKU(s), the later line counts</source>
            <translation>
                <numerusform>%Ln wiederholte SKU, die spätere Zeile zählt</numerusform>
                <numerusform>%Ln wiederholte SKUs, die spätere Zeile zählt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) refused:</source>
            <translation>
                <numerusform>%Ln Zeile abgelehnt:</numerusform>
                <numerusform>%Ln Zeilen abgelehnt:</numerusform>
            </translation>
        </message>
        <message>
            <source>line {number}: {reason}</source>
            <translation>Zeile {number}: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… und %Ln weitere</numerusform>
                <numerusform>… und %Ln weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncLog</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Vorgang</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP-Status</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>SyncLogDirection</name>
        <message>
            <source>pull</source>
            <translation>abrufen</translation>
        </message>
        <message>
            <source>push</source>
            <translation>senden</translation>
        </message>
    </context>
    <context>
        <name>SyncLogOutcome</name>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>retry</source>
            <translation>wird wiederholt</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>unsicher</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>abgewiesen</translation>
        </message>
        <message>
            <source>gap</source>
            <translation>Lücke</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>verweigert</translation>
        </message>
    </context>
    <context>
        <name>SyncLogPane</name>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Ursache</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <source>(none kept)</source>
            <translation>(nicht aufbewahrt)</translation>
        </message>
        <message>
            <source>Failed events by cause</source>
            <translation>Fehlgeschlagene Änderungen nach Ursache</translation>
        </message>
        <message>
            <source>Select a log line of a failed or uncertain sync event to retry or discard it.</source>
            <translation>Wählen Sie eine Protokollzeile einer fehlgeschlagenen oder unsicheren Änderung aus, um sie zu wiederholen oder zu verwerfen.</translation>
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation>Ergebnis: {outcome}</translation>
        </message>
        <message>
            <source>Request (secrets masked):</source>
            <translation>Anfrage (Geheimnisse maskiert):</translation>
        </message>
        <message>
            <source>Response:</source>
            <translation>Antwort:</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Synchronisierungsprotokoll</translation>
        </message>
        <message>
            <source>Channel filter</source>
            <translation>Kanalfilter</translation>
        </message>
        <message>
            <source>Outcome filter</source>
            <translation>Ergebnisfilter</translation>
        </message>
        <message>
            <source>Text filter</source>
            <translation>Textfilter</translation>
        </message>
        <message>
            <source>Order, operation or message…</source>
            <translation>Bestellung, Vorgang oder Meldung…</translation>
        </message>
        <message>
            <source>Failed only</source>
            <translation>Nur fehlgeschlagene</translation>
        </message>
        <message>
            <source>Export the filtered log as CSV</source>
            <translation>Das gefilterte Protokoll als CSV exportieren</translation>
        </message>
        <message>
            <source>Sync log status</source>
            <translation>Status des Synchronisierungsprotokolls</translation>
        </message>
        <message>
            <source>Sync log entries</source>
            <translation>Einträge des Synchronisierungsprotokolls</translation>
        </message>
        <message>
            <source>Details of the selected log entry</source>
            <translation>Details des ausgewählten Protokolleintrags</translation>
        </message>
        <message>
            <source>Select a log entry to see the request and the answer.</source>
            <translation>Wählen Sie einen Protokolleintrag aus, um Anfrage und Antwort zu sehen.</translation>
        </message>
        <message>
            <source>Retry the failed event</source>
            <translation>Die fehlgeschlagene Änderung wiederholen</translation>
        </message>
        <message>
            <source>Discard the failed event</source>
            <translation>Die fehlgeschlagene Änderung verwerfen</translation>
        </message>
        <message>
            <source>Sync event error</source>
            <translation>Fehler bei der Änderung</translation>
        </message>
        <message>
            <source>Failed events grouped by cause</source>
            <translation>Fehlgeschlagene Änderungen nach Ursache gruppiert</translation>
        </message>
        <message>
            <source>Retry every event of the selected cause</source>
            <translation>Jede Änderung der ausgewählten Ursache wiederholen</translation>
        </message>
        <message>
            <source>Open the channel's settings</source>
            <translation>Die Einstellungen des Kanals öffnen</translation>
        </message>
        <message>
            <source>Failed events group message</source>
            <translation>Meldung zur Gruppe fehlgeschlagener Änderungen</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Alle Kanäle</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Alle Ergebnisse</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) of {channel} queued again.</source>
            <translation>
                <numerusform>%n Änderung von {channel} erneut eingereiht.</numerusform>
                <numerusform>%n Änderungen von {channel} erneut eingereiht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the sync log</source>
            <translation>Das Synchronisierungsprotokoll exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry(ies) exported to {file}.</source>
            <translation>
                <numerusform>%Ln Eintrag nach {file} exportiert.</numerusform>
                <numerusform>%Ln Einträge nach {file} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>HTTP {status}</source>
            <translation>HTTP {status}</translation>
        </message>
        <message>
            <source>took {milliseconds} ms</source>
            <translation>dauerte {milliseconds} ms</translation>
        </message>
        <message>
            <source>(no message)</source>
            <translation>(keine Meldung)</translation>
        </message>
        <message numerus="yes">
            <source>Sync event #{number} ({kind}): now {state}, %n attempt(s)</source>
            <translation>
                <numerusform>Änderung #{number} ({kind}): jetzt {state}, %n Versuch</numerusform>
                <numerusform>Änderung #{number} ({kind}): jetzt {state}, %n Versuche</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Retry event</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Discard event…</source>
            <translation>Verwerfen…</translation>
        </message>
        <message>
            <source>Retry all in this group</source>
            <translation>Alle in dieser Gruppe wiederholen</translation>
        </message>
        <message>
            <source>Open channel settings…</source>
            <translation>Kanaleinstellungen öffnen…</translation>
        </message>
        <message>
            <source>{channel} refuses the sign-in: correct its password or token first</source>
            <translation>{channel} verweigert die Anmeldung: Korrigieren Sie zuerst Passwort oder Token</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Letzter Fehler: {error}</translation>
        </message>
        <message>
            <source>The log could not be exported: {reason}</source>
            <translation>Das Protokoll konnte nicht exportiert werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Status changed</source>
            <translation>Status geändert</translation>
        </message>
        <message>
            <source>Status changed with a payment override</source>
            <translation>Status geändert, unbezahlt bearbeitet</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Versendet</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>Return created</source>
            <translation>Retoure angelegt</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Bearbeitet</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Aufgeteilt</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>In Rechnung gestellt</translation>
        </message>
        <message>
            <source>Attributes set</source>
            <translation>Attribute gesetzt</translation>
        </message>
        <message>
            <source>ERP numbers set</source>
            <translation>ERP-Nummern gesetzt</translation>
        </message>
        <message>
            <source>Conflict with the channel</source>
            <translation>Konflikt mit dem Kanal</translation>
        </message>
        <message>
            <source>Conflict resolved: the local version kept</source>
            <translation>Konflikt gelöst: die eigene Version behalten</translation>
        </message>
        <message>
            <source>Conflict resolved: the channel's version taken</source>
            <translation>Konflikt gelöst: die Version des Kanals übernommen</translation>
        </message>
        <message>
            <source>Received from the channel</source>
            <translation>Vom Kanal empfangen</translation>
        </message>
        <message>
            <source>Linked to the channel's order</source>
            <translation>Mit der Bestellung des Kanals verknüpft</translation>
        </message>
        <message>
            <source>Changed by the channel</source>
            <translation>Vom Kanal geändert</translation>
        </message>
        <message>
            <source>Cancelled by the channel</source>
            <translation>Vom Kanal storniert</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>Sync event retried</source>
            <translation>Änderung wiederholt</translation>
        </message>
        <message>
            <source>Sync event discarded</source>
            <translation>Änderung verworfen</translation>
        </message>
        <message>
            <source>Purchase placed</source>
            <translation>Einkauf aufgegeben</translation>
        </message>
        <message>
            <source>Purchase paid</source>
            <translation>Einkauf bezahlt</translation>
        </message>
        <message>
            <source>Purchase cancelled</source>
            <translation>Einkauf storniert</translation>
        </message>
        <message>
            <source>Autopurchase: export</source>
            <translation>Automatischer Einkauf: Export</translation>
        </message>
        <message>
            <source>Autopurchase: synchronize</source>
            <translation>Automatischer Einkauf: Synchronisierung</translation>
        </message>
        <message>
            <source>Autopurchase: link</source>
            <translation>Automatischer Einkauf: Verknüpfung</translation>
        </message>
        <message>
            <source>Autopurchase: unlink</source>
            <translation>Automatischer Einkauf: Verknüpfung lösen</translation>
        </message>
        <message>
            <source>Autopurchase question answered</source>
            <translation>Frage zum automatischen Einkauf beantwortet</translation>
        </message>
        <message>
            <source>sync</source>
            <translation>Synchronisierung</translation>
        </message>
        <message>
            <source>{kind} event #{number}</source>
            <translation>Änderung #{number} ({kind})</translation>
        </message>
        <message>
            <source>{state}: {error}</source>
            <translation>{state}: {error}</translation>
        </message>
        <message>
            <source>{outcome} HTTP {status}</source>
            <translation>{outcome}, HTTP {status}</translation>
        </message>
    </context>
</TS>
