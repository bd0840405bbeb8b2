<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AttributesDialog</name>
        <message>
            <source>see the message under them.</source>
            <translation>siehe die Meldung darunter.</translation>
        </message>
        <message>
            <source>{saved} The attributes are not saved: {reason}</source>
            <translation>{saved} Die Attribute sind nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Some attributes are saved; the rest are not: {reason}</source>
            <translation>Einige Attribute sind gespeichert, die übrigen nicht: {reason}</translation>
        </message>
        <message>
            <source>The attributes are not saved: {reason}</source>
            <translation>Die Attribute sind nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Attributes of {what}</source>
            <translation>Attribute ({what})</translation>
        </message>
        <message>
            <source>Problem with the attributes of {what}</source>
            <translation>Problem mit den Attributen ({what})</translation>
        </message>
        <message>
            <source>e.g. coupon_code</source>
            <translation>z. B. coupon_code</translation>
        </message>
        <message>
            <source>Order and line attributes</source>
            <translation>Attribute der Bestellung und Positionen</translation>
        </message>
        <message>
            <source>The order or one of its lines</source>
            <translation>Die Bestellung oder eine ihrer Positionen</translation>
        </message>
        <message>
            <source>the order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>line {sku}</source>
            <translation>Position {sku}</translation>
        </message>
        <message>
            <source>What attributes may hold</source>
            <translation>Was Attribute enthalten dürfen</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <source>Nothing changed yet.</source>
            <translation>Noch nichts geändert.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Add an attribute to {what}</source>
            <translation>Attribut hinzufügen ({what})</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Name of attribute {number} of {what}</source>
            <translation>Name von Attribut {number} ({what})</translation>
        </message>
        <message>
            <source>Value of attribute {number} of {what}</source>
            <translation>Wert von Attribut {number} ({what})</translation>
        </message>
        <message>
            <source>Remove attribute {number} of {what}</source>
            <translation>Attribut {number} entfernen ({what})</translation>
        </message>
        <message>
            <source>Line {sku}</source>
            <translation>Position {sku}</translation>
        </message>
        <message>
            <source>Names start with a letter. Values up to {limit} characters, the most the channels accept. To remove an attribute, remove its row.</source>
            <translation>Namen beginnen mit einem Buchstaben. Werte bis {limit} Zeichen, mehr nehmen die Kanäle nicht an. Um ein Attribut zu entfernen, entfernen Sie seine Zeile.</translation>
        </message>
        <message>
            <source>Save attributes</source>
            <translation>Attribute speichern</translation>
        </message>
        <message>
            <source>Attributes of {reference}</source>
            <translation>Attribute von {reference}</translation>
        </message>
        <message>
            <source>Add attribute</source>
            <translation>Attribut hinzufügen</translation>
        </message>
        <message>
            <source>Attribute row {number} of {what} is empty: fill it in or remove it.</source>
            <translation>Attributzeile {number} ({what}) ist leer: Füllen Sie sie aus oder entfernen Sie sie.</translation>
        </message>
        <message>
            <source>The value of {name}</source>
            <translation>Der Wert von {name}</translation>
        </message>
        <message>
            <source>Give {name} a value, or remove its row.</source>
            <translation>Geben Sie {name} einen Wert oder entfernen Sie die Zeile.</translation>
        </message>
        <message>
            <source>Give the attribute in row {number} a name.</source>
            <translation>Geben Sie dem Attribut in Zeile {number} einen Namen.</translation>
        </message>
        <message>
            <source>'{name}' is there twice; give each attribute once.</source>
            <translation>'{name}' steht zweimal da; geben Sie jedes Attribut nur einmal an.</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel order {reference}</source>
            <translation>Bestellung {reference} stornieren</translation>
        </message>
        <message>
            <source>Cancel order</source>
            <translation>Bestellung stornieren</translation>
        </message>
        <message>
            <source>Keep the order</source>
            <translation>Bestellung behalten</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Stornogrund</translation>
        </message>
        <message>
            <source>Problem with the cancellation reason</source>
            <translation>Problem mit dem Stornogrund</translation>
        </message>
        <message>
            <source>e.g. customer changed their mind</source>
            <translation>z. B. Kunde hat es sich anders überlegt</translation>
        </message>
        <message>
            <source>Why is it cancelled?</source>
            <translation>Warum wird die Bestellung storniert?</translation>
        </message>
    </context>
    <context>
        <name>CarrierFormatsDialog</name>
        <message>
            <source>Carrier</source>
            <translation>Versanddienstleister</translation>
        </message>
        <message>
            <source>Pattern (regular expression)</source>
            <translation>Muster (regulärer Ausdruck)</translation>
        </message>
        <message>
            <source>In words</source>
            <translation>In Worten</translation>
        </message>
        <message>
            <source>Consignment number formats</source>
            <translation>Formate der Sendungsnummern</translation>
        </message>
        <message>
            <source>The dispatch prompt warns when a consignment number does not fit its carrier's format, and asks before it goes on. Spaces in a number are ignored; letters may be of either case.</source>
            <translation>Das Versandfenster warnt, wenn eine Sendungsnummer nicht zum Format ihres Versanddienstleisters passt, und fragt nach, bevor es weitergeht. Leerzeichen in einer Nummer werden ignoriert; Groß- und Kleinschreibung spielt keine Rolle.</translation>
        </message>
        <message>
            <source>Carriers and their formats</source>
            <translation>Versanddienstleister und ihre Formate</translation>
        </message>
        <message>
            <source>Add a carrier</source>
            <translation>Einen Versanddienstleister hinzufügen</translation>
        </message>
        <message>
            <source>Remove the selected carrier</source>
            <translation>Den ausgewählten Versanddienstleister entfernen</translation>
        </message>
        <message>
            <source>Restore the default formats</source>
            <translation>Die Standardformate wiederherstellen</translation>
        </message>
        <message>
            <source>Problem with the formats</source>
            <translation>Problem mit den Formaten</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Schaltflächen des Dialogs</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Add carrier</source>
            <translation>Versanddienstleister hinzufügen</translation>
        </message>
        <message>
            <source>Remove carrier</source>
            <translation>Versanddienstleister entfernen</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Standard wiederherstellen</translation>
        </message>
        <message>
            <source>Row {number}: name the carrier.</source>
            <translation>Zeile {number}: Geben Sie den Versanddienstleister an.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
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
            <source>Line total</source>
            <translation>Positionssumme</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Consignment number</source>
            <translation>Sendungsnummer</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Versanddienstleister</translation>
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
            <source>Customer</source>
            <translation>Kunde</translation>
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
            <source>Lines total</source>
            <translation>Summe der Positionen</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Versandkosten</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Provision</translation>
        </message>
        <message>
            <source>Differs from {channel}'s version</source>
            <translation>Weicht von der Version von {channel} ab</translation>
        </message>
        <message>
            <source>Same as {channel}'s version</source>
            <translation>Wie in der Version von {channel}</translation>
        </message>
        <message>
            <source>Not in {channel}'s version</source>
            <translation>Nicht in der Version von {channel}</translation>
        </message>
        <message>
            <source>Different in {channel}'s version</source>
            <translation>Anders in der Version von {channel}</translation>
        </message>
        <message>
            <source>Differs from mine</source>
            <translation>Weicht von meiner Version ab</translation>
        </message>
        <message>
            <source>Same as mine</source>
            <translation>Wie in meiner Version</translation>
        </message>
        <message>
            <source>Not in mine</source>
            <translation>Nicht in meiner Version</translation>
        </message>
        <message>
            <source>Different in mine</source>
            <translation>Anders in meiner Version</translation>
        </message>
        <message>
            <source>the channel</source>
            <translation>dem Kanal</translation>
        </message>
        <message>
            <source>Keep mine and send it</source>
            <translation>Meine Version behalten und übertragen</translation>
        </message>
        <message>
            <source>Take the channel's version</source>
            <translation>Version des Kanals übernehmen</translation>
        </message>
        <message>
            <source>{channel}'s version</source>
            <translation>Version von {channel}</translation>
        </message>
        <message>
            <source>Mine (on this desk)</source>
            <translation>Meine Version (an diesem Arbeitsplatz)</translation>
        </message>
        <message numerus="yes">
            <source>The order becomes {channel}'s version (right). What you changed and is not yet sent (%n change(s)) is dropped and never reaches {channel}.</source>
            <translation>
                <numerusform>Die Bestellung wird zur Version von {channel} (rechts). Ihre %n noch nicht übertragene Änderung wird verworfen und erreicht {channel} nie.</numerusform>
                <numerusform>Die Bestellung wird zur Version von {channel} (rechts). Ihre %n noch nicht übertragenen Änderungen werden verworfen und erreichen {channel} nie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolve sync conflict</source>
            <translation>Synchronisierungskonflikt lösen</translation>
        </message>
        <message>
            <source>What keeping mine does</source>
            <translation>Was das Behalten meiner Version bewirkt</translation>
        </message>
        <message>
            <source>What taking the channel's version does</source>
            <translation>Was das Übernehmen der Version des Kanals bewirkt</translation>
        </message>
        <message>
            <source>Why the order is in conflict</source>
            <translation>Warum die Bestellung im Konflikt steht</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>Was sich unterscheidet</translation>
        </message>
        <message>
            <source>Lines, mine</source>
            <translation>Positionen, meine Version</translation>
        </message>
        <message>
            <source>Lines, the channel's version</source>
            <translation>Positionen, Version des Kanals</translation>
        </message>
        <message>
            <source>Your version (left) stays and is sent to {channel}, replacing what {channel} changed (right).</source>
            <translation>Ihre Version (links) bleibt und wird an {channel} übertragen; sie ersetzt, was {channel} geändert hat (rechts).</translation>
        </message>
        <message numerus="yes">
            <source>Your version (left) stays here. {channel} takes no edits: it gets your %n waiting change(s), and the rest of {channel}'s version stays as it is there.</source>
            <translation>
                <numerusform>Ihre Version (links) bleibt hier. {channel} nimmt keine Bearbeitungen an: Der Kanal erhält Ihre %n wartende Änderung, und der Rest der Version von {channel} bleibt dort, wie er ist.</numerusform>
                <numerusform>Ihre Version (links) bleibt hier. {channel} nimmt keine Bearbeitungen an: Der Kanal erhält Ihre %n wartenden Änderungen, und der Rest der Version von {channel} bleibt dort, wie er ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Lösen</translation>
        </message>
        <message>
            <source>Resolve sync conflict: {reference}</source>
            <translation>Synchronisierungskonflikt lösen: {reference}</translation>
        </message>
        <message>
            <source>Order {reference} has no conflict to resolve (any more). Nothing to choose here.</source>
            <translation>Bestellung {reference} hat keinen Konflikt (mehr) zu lösen. Hier gibt es nichts zu wählen.</translation>
        </message>
        <message>
            <source>{mark} marks what differs: {fields}.</source>
            <translation>{mark} markiert, was sich unterscheidet: {fields}.</translation>
        </message>
        <message>
            <source>What is shown here is the same in both versions; the channel changed something else.</source>
            <translation>Was hier steht, ist in beiden Versionen gleich; der Kanal hat etwas anderes geändert.</translation>
        </message>
        <message>
            <source>What happened: {reason}.</source>
            <translation>Was passiert ist: {reason}.</translation>
        </message>
        <message>
            <source>Order {reference} is no longer in conflict (someone resolved it). Nothing was changed.</source>
            <translation>Bestellung {reference} steht nicht mehr im Konflikt (jemand hat ihn gelöst). Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The order changed while this window was open; both versions above are the latest now. Nothing was changed: choose again.</source>
            <translation>Die Bestellung wurde geändert, während dieses Fenster offen war; beide Versionen oben sind jetzt die neuesten. Es wurde nichts geändert: Wählen Sie erneut.</translation>
        </message>
        <message>
            <source>{field}, mine</source>
            <translation>{field}, meine Version</translation>
        </message>
        <message>
            <source>{field}, {channel}'s version</source>
            <translation>{field}, Version von {channel}</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Positionen</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <source>Dispatch</source>
            <translation>Versenden</translation>
        </message>
        <message>
            <source>Consignment number</source>
            <translation>Sendungsnummer</translation>
        </message>
        <message>
            <source>Scan or type the consignment number</source>
            <translation>Sendungsnummer scannen oder eingeben</translation>
        </message>
        <message>
            <source>Problem with the consignment number</source>
            <translation>Problem mit der Sendungsnummer</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Versanddienstleister</translation>
        </message>
        <message>
            <source>Consignment number format warning</source>
            <translation>Warnung zum Format der Sendungsnummer</translation>
        </message>
        <message>
            <source>Problem with the carrier</source>
            <translation>Problem mit dem Versanddienstleister</translation>
        </message>
        <message>
            <source>Skip this order</source>
            <translation>Diese Bestellung überspringen</translation>
        </message>
        <message>
            <source>Dispatch {reference}</source>
            <translation>{reference} versenden</translation>
        </message>
        <message>
            <source>Dispatch {number} of {count}: {reference}</source>
            <translation>Versand {number} von {count}: {reference}</translation>
        </message>
        <message>
            <source>Dispatch order</source>
            <translation>Bestellung versenden</translation>
        </message>
        <message>
            <source>order {id}</source>
            <translation>Bestellung {id}</translation>
        </message>
        <message>
            <source>⚠ {warning} Check it, or dispatch anyway.</source>
            <translation>⚠ {warning} Prüfen Sie die Nummer oder versenden Sie trotzdem.</translation>
        </message>
        <message>
            <source>Dispatch anyway</source>
            <translation>Trotzdem versenden</translation>
        </message>
        <message>
            <source>Stop the batch</source>
            <translation>Stapel abbrechen</translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <source>A shipping address needs at least a street and a city.</source>
            <translation>Eine Lieferadresse braucht mindestens eine Straße und einen Ort.</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>Die Notiz</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Kundenname</translation>
        </message>
        <message>
            <source>The customer name</source>
            <translation>Der Kundenname</translation>
        </message>
        <message>
            <source>Problem with the customer name</source>
            <translation>Problem mit dem Kundennamen</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>The customer e-mail</source>
            <translation>Die E-Mail-Adresse des Kunden</translation>
        </message>
        <message>
            <source>Problem with the e-mail</source>
            <translation>Problem mit der E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>Die Telefonnummer</translation>
        </message>
        <message>
            <source>Problem with the phone</source>
            <translation>Problem mit der Telefonnummer</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>The recipient</source>
            <translation>Der Empfänger</translation>
        </message>
        <message>
            <source>Problem with the recipient</source>
            <translation>Problem mit dem Empfänger</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>The company</source>
            <translation>Die Firma</translation>
        </message>
        <message>
            <source>Problem with the company</source>
            <translation>Problem mit der Firma</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>Straße und Hausnummer</translation>
        </message>
        <message>
            <source>The street</source>
            <translation>Die Straße</translation>
        </message>
        <message>
            <source>Problem with the street and number</source>
            <translation>Problem mit Straße und Hausnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>The city</source>
            <translation>Der Ort</translation>
        </message>
        <message>
            <source>Problem with the city</source>
            <translation>Problem mit dem Ort</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <source>The postcode</source>
            <translation>Die Postleitzahl</translation>
        </message>
        <message>
            <source>Problem with the postcode</source>
            <translation>Problem mit der Postleitzahl</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>The region</source>
            <translation>Die Region</translation>
        </message>
        <message>
            <source>Problem with the region</source>
            <translation>Problem mit der Region</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>The country</source>
            <translation>Das Land</translation>
        </message>
        <message>
            <source>Problem with the country</source>
            <translation>Problem mit dem Land</translation>
        </message>
        <message>
            <source>Phone at the address</source>
            <translation>Telefon an der Adresse</translation>
        </message>
        <message>
            <source>Problem with the phone at the address</source>
            <translation>Problem mit dem Telefon an der Adresse</translation>
        </message>
        <message>
            <source>Edit order</source>
            <translation>Bestellung bearbeiten</translation>
        </message>
        <message>
            <source>Parts of the order</source>
            <translation>Teile der Bestellung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Problem with the note</source>
            <translation>Problem mit der Notiz</translation>
        </message>
        <message>
            <source>What this channel lets you change</source>
            <translation>Was Sie bei diesem Kanal ändern können</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Shipping address</source>
            <translation>Lieferadresse</translation>
        </message>
        <message>
            <source>Edit order {reference}</source>
            <translation>Bestellung {reference} bearbeiten</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>Customer and address</source>
            <translation>Kunde und Adresse</translation>
        </message>
        <message>
            <source>Note for the warehouse (stays on the desk)</source>
            <translation>Notiz für das Lager (geht nicht an den Kanal)</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <source>Nothing changed yet.</source>
            <translation>Noch nichts geändert.</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>ERP numbers</source>
            <translation>ERP-Nummern</translation>
        </message>
        <message>
            <source>Why attributes cannot be changed</source>
            <translation>Warum Attribute nicht geändert werden können</translation>
        </message>
        <message>
            <source>The edit is saved.</source>
            <translation>Die Bearbeitung ist gespeichert.</translation>
        </message>
        <message>
            <source>The edit is saved; the ERP numbers are not. {reason}</source>
            <translation>Die Bearbeitung ist gespeichert, die ERP-Nummern nicht. {reason}</translation>
        </message>
        <message>
            <source>{reason} Only the note and the attributes can be changed here.</source>
            <translation>{reason} Hier können nur die Notiz und die Attribute geändert werden.</translation>
        </message>
        <message>
            <source>{reason} Only the note can be changed here.</source>
            <translation>{reason} Hier kann nur die Notiz geändert werden.</translation>
        </message>
    </context>
    <context>
        <name>ErpPanel</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>ERP line</source>
            <translation>ERP-Position</translation>
        </message>
        <message>
            <source>ERP numbers of the order</source>
            <translation>ERP-Nummern der Bestellung</translation>
        </message>
        <message>
            <source>Acknowledging the order gives it its ERP numbers; correct them here if the ERP uses others.</source>
            <translation>Beim Bestätigen erhält die Bestellung ihre ERP-Nummern; korrigieren Sie sie hier, wenn das ERP andere verwendet.</translation>
        </message>
        <message>
            <source>This channel's ERP numbers are entered by hand: give the order its number and every line one.</source>
            <translation>Die ERP-Nummern dieses Kanals werden von Hand eingegeben: Geben Sie der Bestellung ihre Nummer und jeder Position eine eigene.</translation>
        </message>
        <message>
            <source>How this channel gets its ERP numbers</source>
            <translation>Wie dieser Kanal seine ERP-Nummern erhält</translation>
        </message>
        <message>
            <source>ERP order number</source>
            <translation>ERP-Bestellnummer</translation>
        </message>
        <message>
            <source>Problem with the ERP order number</source>
            <translation>Problem mit der ERP-Bestellnummer</translation>
        </message>
        <message>
            <source>ERP line numbers of the lines</source>
            <translation>ERP-Positionsnummern der Positionen</translation>
        </message>
        <message>
            <source>Problem with the ERP line numbers</source>
            <translation>Problem mit den ERP-Positionsnummern</translation>
        </message>
        <message>
            <source>ERP line number of {sku}</source>
            <translation>ERP-Positionsnummer von {sku}</translation>
        </message>
        <message>
            <source>Give every line an ERP line number: {sku} has none.</source>
            <translation>Geben Sie jeder Position eine ERP-Positionsnummer: {sku} hat keine.</translation>
        </message>
        <message>
            <source>ERP line number {number} is given to both {first} and {second}: each line needs its own.</source>
            <translation>Die ERP-Positionsnummer {number} ist sowohl {first} als auch {second} zugewiesen: Jede Position braucht ihre eigene.</translation>
        </message>
        <message>
            <source>The ERP line number of {sku}</source>
            <translation>Die ERP-Positionsnummer von {sku}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… und %Ln weitere</numerusform>
                <numerusform>… und %Ln weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Import orders from a file</source>
            <translation>Bestellungen aus einer Datei importieren</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Zu importierende Datei</translation>
        </message>
        <message>
            <source>A JSON file of orders</source>
            <translation>Eine JSON-Datei mit Bestellungen</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Datei auswählen</translation>
        </message>
        <message>
            <source>Channel the orders belong to</source>
            <translation>Kanal, zu dem die Bestellungen gehören</translation>
        </message>
        <message>
            <source>A new manual channel…</source>
            <translation>Ein neuer manueller Kanal…</translation>
        </message>
        <message>
            <source>Name of the new channel</source>
            <translation>Name des neuen Kanals</translation>
        </message>
        <message>
            <source>Problem with the import</source>
            <translation>Problem mit dem Import</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>New channel's name</source>
            <translation>Name des neuen Kanals</translation>
        </message>
        <message>
            <source>Import orders</source>
            <translation>Bestellungen importieren</translation>
        </message>
        <message>
            <source>Import another file</source>
            <translation>Weitere Datei importieren</translation>
        </message>
        <message>
            <source>The import stopped: {error}</source>
            <translation>Der Import wurde abgebrochen: {error}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>Orders (*.json)</source>
            <translation>Bestellungen (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import läuft…</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation>Wählen Sie die Datei, die Sie importieren möchten.</translation>
        </message>
        <message>
            <source>Name the new channel.</source>
            <translation>Geben Sie dem neuen Kanal einen Namen.</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>The unit price</source>
            <translation>Der Stückpreis</translation>
        </message>
        <message>
            <source>An order needs at least one line; cancel the order instead of removing every line.</source>
            <translation>Eine Bestellung braucht mindestens eine Position; stornieren Sie die Bestellung, statt alle Positionen zu entfernen.</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stückpreis</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Positionssumme</translation>
        </message>
        <message>
            <source>Add a line</source>
            <translation>Neue Position</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Lines of the order</source>
            <translation>Positionen der Bestellung</translation>
        </message>
        <message>
            <source>Problem with the lines</source>
            <translation>Problem mit den Positionen</translation>
        </message>
        <message>
            <source>Order total</source>
            <translation>Bestellsumme</translation>
        </message>
        <message>
            <source>Affiliate commission</source>
            <translation>Affiliate-Provision</translation>
        </message>
        <message>
            <source>SKU of the new line</source>
            <translation>SKU der neuen Position</translation>
        </message>
        <message>
            <source>Product name of the new line</source>
            <translation>Produktname der neuen Position</translation>
        </message>
        <message>
            <source>optional; the SKU when empty</source>
            <translation>optional; sonst die SKU</translation>
        </message>
        <message>
            <source>Quantity of the new line</source>
            <translation>Menge der neuen Position</translation>
        </message>
        <message>
            <source>Unit price of the new line</source>
            <translation>Stückpreis der neuen Position</translation>
        </message>
        <message>
            <source>e.g. {example} ({currency})</source>
            <translation>z. B. {example} ({currency})</translation>
        </message>
        <message>
            <source>Problem with the SKU</source>
            <translation>Problem mit der SKU</translation>
        </message>
        <message>
            <source>Problem with the product name</source>
            <translation>Problem mit dem Produktnamen</translation>
        </message>
        <message>
            <source>Problem with the unit price</source>
            <translation>Problem mit dem Stückpreis</translation>
        </message>
        <message>
            <source>Quantity of {sku}</source>
            <translation>Menge von {sku}</translation>
        </message>
        <message>
            <source>Press Add line to put {sku} on the order, or clear the new line's fields.</source>
            <translation>Klicken Sie auf „Position hinzufügen“, um {sku} in die Bestellung aufzunehmen, oder leeren Sie die Felder der neuen Position.</translation>
        </message>
        <message>
            <source>The unit price is required.</source>
            <translation>Der Stückpreis ist erforderlich.</translation>
        </message>
        <message>
            <source>Add the line to the order</source>
            <translation>Die Position zur Bestellung hinzufügen</translation>
        </message>
        <message>
            <source>Remove the line {sku}</source>
            <translation>Die Position {sku} entfernen</translation>
        </message>
        <message>
            <source>{sku} (new)</source>
            <translation>{sku} (neu)</translation>
        </message>
        <message>
            <source>Keep line</source>
            <translation>Position behalten</translation>
        </message>
        <message>
            <source>The product name</source>
            <translation>Der Produktname</translation>
        </message>
        <message>
            <source>Finish the new line (SKU and unit price) and press Add line, or clear its fields.</source>
            <translation>Vervollständigen Sie die neue Position (SKU und Stückpreis) und klicken Sie auf „Position hinzufügen“, oder leeren Sie die Felder.</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Position hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>Lines {lines} + shipping {shipping} = total {total}</source>
            <translation>Positionen {lines} + Versand {shipping} = gesamt {total}</translation>
        </message>
        <message>
            <source>Commission {amount} ({rate} %)</source>
            <translation>Provision {amount} ({rate} %)</translation>
        </message>
        <message>
            <source>Correct what is marked in red.</source>
            <translation>Korrigieren Sie, was rot markiert ist.</translation>
        </message>
        <message>
            <source>Order {reference} ({channel}) · {customer} · {status} · {total}</source>
            <translation>Bestellung {reference} ({channel}) · {customer} · {status} · {total}</translation>
        </message>
        <message>
            <source>No commission (no affiliate rate)</source>
            <translation>Keine Provision (kein Affiliate-Satz)</translation>
        </message>
        <message>
            <source> of {total}</source>
            <translation> von {total}</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Problem with this order</source>
            <translation>Problem mit dieser Bestellung</translation>
        </message>
        <message>
            <source>Why OK is not available</source>
            <translation>Warum OK nicht verfügbar ist</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Schaltflächen des Dialogs</translation>
        </message>
        <message>
            <source>no customer name</source>
            <translation>kein Kundenname</translation>
        </message>
    </context>
    <context>
        <name>PaymentOverrideDialog</name>
        <message>
            <source>paid</source>
            <translation>bezahlt</translation>
        </message>
        <message>
            <source>invoice later</source>
            <translation>Rechnung folgt</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>erstattet</translation>
        </message>
        <message>
            <source>Why an override is needed</source>
            <translation>Warum eine Ausnahme nötig ist</translation>
        </message>
        <message>
            <source>Order not paid</source>
            <translation>Bestellung nicht bezahlt</translation>
        </message>
        <message>
            <source>Order {reference} is not paid</source>
            <translation>Bestellung {reference} ist nicht bezahlt</translation>
        </message>
        <message>
            <source>Process an unpaid order</source>
            <translation>Eine unbezahlte Bestellung bearbeiten</translation>
        </message>
        <message>
            <source>Process without payment</source>
            <translation>Ohne Zahlung bearbeiten</translation>
        </message>
        <message>
            <source>Leave it pending</source>
            <translation>Ausstehend lassen</translation>
        </message>
        <message>
            <source>Payment override reason</source>
            <translation>Grund für die Bearbeitung ohne Zahlung</translation>
        </message>
        <message>
            <source>Problem with the payment override reason</source>
            <translation>Problem mit dem Grund für die Bearbeitung ohne Zahlung</translation>
        </message>
        <message>
            <source>e.g. customer pays cash on pickup</source>
            <translation>z. B. Kunde zahlt bar bei Abholung</translation>
        </message>
        <message>
            <source>Reason for processing it unpaid</source>
            <translation>Warum wird die Bestellung unbezahlt bearbeitet?</translation>
        </message>
        <message>
            <source>This order's payment status is {payment}: it needs no override. Acknowledge it as usual.</source>
            <translation>Der Zahlungsstatus dieser Bestellung ist „{payment}“: Sie braucht keine Ausnahme. Bestätigen Sie sie wie gewohnt.</translation>
        </message>
        <message>
            <source>This order is not paid. The warehouse starts on an unpaid order only when someone takes responsibility for it: give the reason. It is kept in the order's history with your name.</source>
            <translation>Diese Bestellung ist nicht bezahlt. Das Lager beginnt mit einer unbezahlten Bestellung nur, wenn jemand die Verantwortung dafür übernimmt: Geben Sie den Grund an. Er wird mit Ihrem Namen im Verlauf der Bestellung gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The system's language ({language})</source>
            <translation>Die Sprache des Systems ({language})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>A new language shows the next time OrderDesk opens.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von OrderDesk.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>The cancellation reason</source>
            <translation>Der Stornogrund</translation>
        </message>
        <message>
            <source>The payment override reason</source>
            <translation>Der Grund für die Bearbeitung ohne Zahlung</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Customer return (collected from the customer)</source>
            <translation>Kundenretoure (beim Kunden abgeholt)</translation>
        </message>
        <message>
            <source>Customer sends it back themselves (self-ship)</source>
            <translation>Kunde schickt sie selbst zurück (Selbstversand)</translation>
        </message>
        <message>
            <source>Return to origin (never delivered, back from the courier)</source>
            <translation>Rücksendung an den Absender (nie zugestellt, vom Kurier zurück)</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Versendet</translation>
        </message>
        <message>
            <source>Already returned</source>
            <translation>Bereits retourniert</translation>
        </message>
        <message>
            <source>Return now</source>
            <translation>Jetzt retournieren</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Create return</source>
            <translation>Retoure anlegen</translation>
        </message>
        <message>
            <source>Lines of the order</source>
            <translation>Positionen der Bestellung</translation>
        </message>
        <message>
            <source>Problem with the units to return</source>
            <translation>Problem mit der Rücksendemenge</translation>
        </message>
        <message>
            <source>Return reason</source>
            <translation>Retourengrund</translation>
        </message>
        <message>
            <source>e.g. damaged in transit</source>
            <translation>z. B. beim Transport beschädigt</translation>
        </message>
        <message>
            <source>Problem with the return reason</source>
            <translation>Problem mit dem Retourengrund</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Retourenart</translation>
        </message>
        <message>
            <source>Problem with the return type</source>
            <translation>Problem mit der Retourenart</translation>
        </message>
        <message>
            <source>AWB number</source>
            <translation>AWB-Nummer</translation>
        </message>
        <message>
            <source>Problem with the AWB number</source>
            <translation>Problem mit der AWB-Nummer</translation>
        </message>
        <message>
            <source>Transporter</source>
            <translation>Transportunternehmen</translation>
        </message>
        <message>
            <source>Problem with the transporter</source>
            <translation>Problem mit dem Transportunternehmen</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Create return for {reference}</source>
            <translation>Retoure für {reference} anlegen</translation>
        </message>
        <message>
            <source>Units coming back:</source>
            <translation>Zurückkommende Menge:</translation>
        </message>
        <message>
            <source>Only a dispatched order can be returned; this one's status is {status}.</source>
            <translation>Nur eine versendete Bestellung kann retourniert werden; diese hat den Status {status}.</translation>
        </message>
        <message>
            <source>Units of {sku} coming back</source>
            <translation>Zurückkommende Menge von {sku}</translation>
        </message>
        <message>
            <source>Choose at least one unit to return.</source>
            <translation>Wählen Sie mindestens ein Stück zum Retournieren.</translation>
        </message>
        <message>
            <source>The return reason</source>
            <translation>Der Retourengrund</translation>
        </message>
        <message>
            <source>The AWB number</source>
            <translation>Die AWB-Nummer</translation>
        </message>
        <message>
            <source>The transporter</source>
            <translation>Das Transportunternehmen</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Search box</source>
            <translation>Suchfeld</translation>
        </message>
        <message>
            <source>find the order a scanned or typed code names; the text stays selected for the next scan</source>
            <translation>die Bestellung suchen, die ein gescannter oder eingegebener Code nennt; der Text bleibt für den nächsten Scan markiert</translation>
        </message>
        <message>
            <source>clear the search</source>
            <translation>die Suche leeren</translation>
        </message>
        <message>
            <source>Order table</source>
            <translation>Bestelltabelle</translation>
        </message>
        <message>
            <source>leave the table for the next control</source>
            <translation>die Tabelle zum nächsten Element verlassen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>&lt;b&gt;{where}&lt;/b&gt;: {key} — {what}</source>
            <translation>&lt;b&gt;{where}&lt;/b&gt;: {key} — {what}</translation>
        </message>
        <message>
            <source>Keys of the search box and the table</source>
            <translation>Tasten des Suchfelds und der Tabelle</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Positionssumme</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stückpreis</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>{part}: lines</source>
            <translation>{part}: Positionen</translation>
        </message>
        <message>
            <source>{part}: total</source>
            <translation>{part}: Summe</translation>
        </message>
        <message>
            <source>{part}: commission</source>
            <translation>{part}: Provision</translation>
        </message>
        <message>
            <source>Split order</source>
            <translation>Bestellung aufteilen</translation>
        </message>
        <message>
            <source>Lines of the order</source>
            <translation>Positionen der Bestellung</translation>
        </message>
        <message>
            <source>Stays on this order</source>
            <translation>Bleibt in dieser Bestellung</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Neue Bestellung</translation>
        </message>
        <message>
            <source>Lines {lines} = total (no shipping)</source>
            <translation>Positionen {lines} = gesamt (ohne Versand)</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Aufteilen</translation>
        </message>
        <message>
            <source>Split order {reference}</source>
            <translation>Bestellung {reference} aufteilen</translation>
        </message>
        <message>
            <source>Stays on {reference}</source>
            <translation>Bleibt in {reference}</translation>
        </message>
        <message>
            <source>New order {reference}</source>
            <translation>Neue Bestellung {reference}</translation>
        </message>
        <message>
            <source>Units of each line to move to the new order:</source>
            <translation>Menge jeder Position, die in die neue Bestellung wandert:</translation>
        </message>
        <message>
            <source>Units of {sku} to move to the new order</source>
            <translation>Menge von {sku}, die in die neue Bestellung wandert</translation>
        </message>
    </context>
</TS>
