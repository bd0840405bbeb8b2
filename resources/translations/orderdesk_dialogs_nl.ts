<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AttributesDialog</name>
        <message>
            <source>see the message under them.</source>
            <translation>zie de melding eronder.</translation>
        </message>
        <message>
            <source>{saved} The attributes are not saved: {reason}</source>
            <translation>{saved} De attributen zijn niet opgeslagen: {reason}</translation>
        </message>
        <message>
            <source>Some attributes are saved; the rest are not: {reason}</source>
            <translation>Een deel van de attributen is opgeslagen, de rest niet: {reason}</translation>
        </message>
        <message>
            <source>The attributes are not saved: {reason}</source>
            <translation>De attributen zijn niet opgeslagen: {reason}</translation>
        </message>
        <message>
            <source>Attributes of {what}</source>
            <translation>Attributen van {what}</translation>
        </message>
        <message>
            <source>Problem with the attributes of {what}</source>
            <translation>Probleem met de attributen van {what}</translation>
        </message>
        <message>
            <source>e.g. coupon_code</source>
            <translation>bijv. coupon_code</translation>
        </message>
        <message>
            <source>Order and line attributes</source>
            <translation>Attributen van order en regels</translation>
        </message>
        <message>
            <source>The order or one of its lines</source>
            <translation>De order of een van de regels</translation>
        </message>
        <message>
            <source>the order</source>
            <translation>de order</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>line {sku}</source>
            <translation>regel {sku}</translation>
        </message>
        <message>
            <source>What attributes may hold</source>
            <translation>Wat attributen mogen bevatten</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Attributen</translation>
        </message>
        <message>
            <source>Nothing changed yet.</source>
            <translation>Nog niets gewijzigd.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Add an attribute to {what}</source>
            <translation>Een attribuut toevoegen aan {what}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Name of attribute {number} of {what}</source>
            <translation>Naam van attribuut {number} van {what}</translation>
        </message>
        <message>
            <source>Value of attribute {number} of {what}</source>
            <translation>Waarde van attribuut {number} van {what}</translation>
        </message>
        <message>
            <source>Remove attribute {number} of {what}</source>
            <translation>Attribuut {number} van {what} verwijderen</translation>
        </message>
        <message>
            <source>Line {sku}</source>
            <translation>Regel {sku}</translation>
        </message>
        <message>
            <source>Names start with a letter. Values up to {limit} characters, the most the channels accept. To remove an attribute, remove its row.</source>
            <translation>Namen beginnen met een letter. Waarden tot {limit} tekens, meer accepteren de kanalen niet. Verwijder de rij van een attribuut om het te verwijderen.</translation>
        </message>
        <message>
            <source>Save attributes</source>
            <translation>Attributen opslaan</translation>
        </message>
        <message>
            <source>Attributes of {reference}</source>
            <translation>Attributen van {reference}</translation>
        </message>
        <message>
            <source>Add attribute</source>
            <translation>Attribuut toevoegen</translation>
        </message>
        <message>
            <source>Attribute row {number} of {what} is empty: fill it in or remove it.</source>
            <translation>Attribuutrij {number} van {what} is leeg: vul hem in of verwijder hem.</translation>
        </message>
        <message>
            <source>The value of {name}</source>
            <translation>De waarde van {name}</translation>
        </message>
        <message>
            <source>Give {name} a value, or remove its row.</source>
            <translation>Geef {name} een waarde of verwijder de rij.</translation>
        </message>
        <message>
            <source>Give the attribute in row {number} a name.</source>
            <translation>Geef het attribuut in rij {number} een naam.</translation>
        </message>
        <message>
            <source>'{name}' is there twice; give each attribute once.</source>
            <translation>'{name}' staat er twee keer; geef elk attribuut maar één keer op.</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel order {reference}</source>
            <translation>Order {reference} annuleren</translation>
        </message>
        <message>
            <source>Cancel order</source>
            <translation>Order annuleren</translation>
        </message>
        <message>
            <source>Keep the order</source>
            <translation>Order behouden</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Reden van annulering</translation>
        </message>
        <message>
            <source>Problem with the cancellation reason</source>
            <translation>Probleem met de reden van annulering</translation>
        </message>
        <message>
            <source>e.g. customer changed their mind</source>
            <translation>bijv. klant heeft zich bedacht</translation>
        </message>
        <message>
            <source>Why is it cancelled?</source>
            <translation>Waarom wordt de order geannuleerd?</translation>
        </message>
    </context>
    <context>
        <name>CarrierFormatsDialog</name>
        <message>
            <source>Carrier</source>
            <translation>Vervoerder</translation>
        </message>
        <message>
            <source>Pattern (regular expression)</source>
            <translation>Patroon (reguliere expressie)</translation>
        </message>
        <message>
            <source>In words</source>
            <translation>In woorden</translation>
        </message>
        <message>
            <source>Consignment number formats</source>
            <translation>Formaten van zendingnummers</translation>
        </message>
        <message>
            <source>The dispatch prompt warns when a consignment number does not fit its carrier's format, and asks before it goes on. Spaces in a number are ignored; letters may be of either case.</source>
            <translation>Het verzendvenster waarschuwt wanneer een zendingnummer niet past bij het formaat van de vervoerder, en vraagt dan eerst om bevestiging. Spaties in een nummer tellen niet mee; hoofdletters of kleine letters maken niet uit.</translation>
        </message>
        <message>
            <source>Carriers and their formats</source>
            <translation>Vervoerders en hun formaten</translation>
        </message>
        <message>
            <source>Add a carrier</source>
            <translation>Een vervoerder toevoegen</translation>
        </message>
        <message>
            <source>Remove the selected carrier</source>
            <translation>De geselecteerde vervoerder verwijderen</translation>
        </message>
        <message>
            <source>Restore the default formats</source>
            <translation>De standaardformaten terugzetten</translation>
        </message>
        <message>
            <source>Problem with the formats</source>
            <translation>Probleem met de formaten</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Knoppen van het venster</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Add carrier</source>
            <translation>Vervoerder toevoegen</translation>
        </message>
        <message>
            <source>Remove carrier</source>
            <translation>Vervoerder verwijderen</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Standaard terugzetten</translation>
        </message>
        <message>
            <source>Row {number}: name the carrier.</source>
            <translation>Rij {number}: geef de naam van de vervoerder op.</translation>
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
            <translation>Product</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stukprijs</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Regeltotaal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Consignment number</source>
            <translation>Zendingnummer</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Vervoerder</translation>
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
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Afleveradres</translation>
        </message>
        <message>
            <source>Bill to</source>
            <translation>Factuuradres</translation>
        </message>
        <message>
            <source>Lines total</source>
            <translation>Totaal regels</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Verzendkosten</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Commissie</translation>
        </message>
        <message>
            <source>Differs from {channel}'s version</source>
            <translation>Wijkt af van de versie van {channel}</translation>
        </message>
        <message>
            <source>Same as {channel}'s version</source>
            <translation>Gelijk aan de versie van {channel}</translation>
        </message>
        <message>
            <source>Not in {channel}'s version</source>
            <translation>Niet in de versie van {channel}</translation>
        </message>
        <message>
            <source>Different in {channel}'s version</source>
            <translation>Anders in de versie van {channel}</translation>
        </message>
        <message>
            <source>Differs from mine</source>
            <translation>Wijkt af van mijn versie</translation>
        </message>
        <message>
            <source>Same as mine</source>
            <translation>Gelijk aan mijn versie</translation>
        </message>
        <message>
            <source>Not in mine</source>
            <translation>Niet in mijn versie</translation>
        </message>
        <message>
            <source>Different in mine</source>
            <translation>Anders in mijn versie</translation>
        </message>
        <message>
            <source>the channel</source>
            <translation>het kanaal</translation>
        </message>
        <message>
            <source>Keep mine and send it</source>
            <translation>Mijn versie houden en doorsturen</translation>
        </message>
        <message>
            <source>Take the channel's version</source>
            <translation>Versie van het kanaal overnemen</translation>
        </message>
        <message>
            <source>{channel}'s version</source>
            <translation>Versie van {channel}</translation>
        </message>
        <message>
            <source>Mine (on this desk)</source>
            <translation>Mijn versie (op deze werkplek)</translation>
        </message>
        <message numerus="yes">
            <source>The order becomes {channel}'s version (right). What you changed and is not yet sent (%n change(s)) is dropped and never reaches {channel}.</source>
            <translation>
                <numerusform>De order wordt de versie van {channel} (rechts). Uw %n wijziging die nog niet is doorgestuurd, vervalt en bereikt {channel} nooit.</numerusform>
                <numerusform>De order wordt de versie van {channel} (rechts). Uw %n wijzigingen die nog niet zijn doorgestuurd, vervallen en bereiken {channel} nooit.</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolve sync conflict</source>
            <translation>Synchronisatieconflict oplossen</translation>
        </message>
        <message>
            <source>What keeping mine does</source>
            <translation>Wat het houden van mijn versie doet</translation>
        </message>
        <message>
            <source>What taking the channel's version does</source>
            <translation>Wat het overnemen van de versie van het kanaal doet</translation>
        </message>
        <message>
            <source>Why the order is in conflict</source>
            <translation>Waarom de order in conflict is</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>Wat verschilt</translation>
        </message>
        <message>
            <source>Lines, mine</source>
            <translation>Regels, mijn versie</translation>
        </message>
        <message>
            <source>Lines, the channel's version</source>
            <translation>Regels, versie van het kanaal</translation>
        </message>
        <message>
            <source>Your version (left) stays and is sent to {channel}, replacing what {channel} changed (right).</source>
            <translation>Uw versie (links) blijft en wordt naar {channel} doorgestuurd; die vervangt wat {channel} heeft gewijzigd (rechts).</translation>
        </message>
        <message numerus="yes">
            <source>Your version (left) stays here. {channel} takes no edits: it gets your %n waiting change(s), and the rest of {channel}'s version stays as it is there.</source>
            <translation>
                <numerusform>Uw versie (links) blijft hier. {channel} neemt geen bewerkingen aan: het kanaal krijgt uw %n wachtende wijziging, en de rest van de versie van {channel} blijft daar zoals die is.</numerusform>
                <numerusform>Uw versie (links) blijft hier. {channel} neemt geen bewerkingen aan: het kanaal krijgt uw %n wachtende wijzigingen, en de rest van de versie van {channel} blijft daar zoals die is.</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Oplossen</translation>
        </message>
        <message>
            <source>Resolve sync conflict: {reference}</source>
            <translation>Synchronisatieconflict oplossen: {reference}</translation>
        </message>
        <message>
            <source>Order {reference} has no conflict to resolve (any more). Nothing to choose here.</source>
            <translation>Order {reference} heeft geen conflict (meer) om op te lossen. Er valt hier niets te kiezen.</translation>
        </message>
        <message>
            <source>{mark} marks what differs: {fields}.</source>
            <translation>{mark} markeert wat verschilt: {fields}.</translation>
        </message>
        <message>
            <source>What is shown here is the same in both versions; the channel changed something else.</source>
            <translation>Wat hier staat, is in beide versies gelijk; het kanaal heeft iets anders gewijzigd.</translation>
        </message>
        <message>
            <source>What happened: {reason}.</source>
            <translation>Wat er gebeurde: {reason}.</translation>
        </message>
        <message>
            <source>Order {reference} is no longer in conflict (someone resolved it). Nothing was changed.</source>
            <translation>Order {reference} is niet meer in conflict (iemand heeft het opgelost). Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The order changed while this window was open; both versions above are the latest now. Nothing was changed: choose again.</source>
            <translation>De order is gewijzigd terwijl dit venster open was; beide versies hierboven zijn nu de nieuwste. Er is niets gewijzigd: kies opnieuw.</translation>
        </message>
        <message>
            <source>{field}, mine</source>
            <translation>{field}, mijn versie</translation>
        </message>
        <message>
            <source>{field}, {channel}'s version</source>
            <translation>{field}, versie van {channel}</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Regels</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <source>Dispatch</source>
            <translation>Verzenden</translation>
        </message>
        <message>
            <source>Consignment number</source>
            <translation>Zendingnummer</translation>
        </message>
        <message>
            <source>Scan or type the consignment number</source>
            <translation>Scan of typ het zendingnummer</translation>
        </message>
        <message>
            <source>Problem with the consignment number</source>
            <translation>Probleem met het zendingnummer</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Vervoerder</translation>
        </message>
        <message>
            <source>Consignment number format warning</source>
            <translation>Waarschuwing over het formaat van het zendingnummer</translation>
        </message>
        <message>
            <source>Problem with the carrier</source>
            <translation>Probleem met de vervoerder</translation>
        </message>
        <message>
            <source>Skip this order</source>
            <translation>Deze order overslaan</translation>
        </message>
        <message>
            <source>Dispatch {reference}</source>
            <translation>{reference} verzenden</translation>
        </message>
        <message>
            <source>Dispatch {number} of {count}: {reference}</source>
            <translation>Verzenden {number} van {count}: {reference}</translation>
        </message>
        <message>
            <source>Dispatch order</source>
            <translation>Order verzenden</translation>
        </message>
        <message>
            <source>order {id}</source>
            <translation>order {id}</translation>
        </message>
        <message>
            <source>⚠ {warning} Check it, or dispatch anyway.</source>
            <translation>⚠ {warning} Controleer het nummer, of verzend toch.</translation>
        </message>
        <message>
            <source>Dispatch anyway</source>
            <translation>Toch verzenden</translation>
        </message>
        <message>
            <source>Stop the batch</source>
            <translation>Reeks stoppen</translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <source>A shipping address needs at least a street and a city.</source>
            <translation>Een afleveradres heeft minstens een straat en een plaats nodig.</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>De notitie</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Klantnaam</translation>
        </message>
        <message>
            <source>The customer name</source>
            <translation>De klantnaam</translation>
        </message>
        <message>
            <source>Problem with the customer name</source>
            <translation>Probleem met de klantnaam</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>The customer e-mail</source>
            <translation>Het e-mailadres van de klant</translation>
        </message>
        <message>
            <source>Problem with the e-mail</source>
            <translation>Probleem met het e-mailadres</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>Het telefoonnummer</translation>
        </message>
        <message>
            <source>Problem with the phone</source>
            <translation>Probleem met het telefoonnummer</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Ontvanger</translation>
        </message>
        <message>
            <source>The recipient</source>
            <translation>De ontvanger</translation>
        </message>
        <message>
            <source>Problem with the recipient</source>
            <translation>Probleem met de ontvanger</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <source>The company</source>
            <translation>Het bedrijf</translation>
        </message>
        <message>
            <source>Problem with the company</source>
            <translation>Probleem met het bedrijf</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>Straat en huisnummer</translation>
        </message>
        <message>
            <source>The street</source>
            <translation>De straat</translation>
        </message>
        <message>
            <source>Problem with the street and number</source>
            <translation>Probleem met straat en huisnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>The city</source>
            <translation>De plaats</translation>
        </message>
        <message>
            <source>Problem with the city</source>
            <translation>Probleem met de plaats</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>The postcode</source>
            <translation>De postcode</translation>
        </message>
        <message>
            <source>Problem with the postcode</source>
            <translation>Probleem met de postcode</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <source>The region</source>
            <translation>De regio</translation>
        </message>
        <message>
            <source>Problem with the region</source>
            <translation>Probleem met de regio</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>The country</source>
            <translation>Het land</translation>
        </message>
        <message>
            <source>Problem with the country</source>
            <translation>Probleem met het land</translation>
        </message>
        <message>
            <source>Phone at the address</source>
            <translation>Telefoon op het adres</translation>
        </message>
        <message>
            <source>Problem with the phone at the address</source>
            <translation>Probleem met de telefoon op het adres</translation>
        </message>
        <message>
            <source>Edit order</source>
            <translation>Order bewerken</translation>
        </message>
        <message>
            <source>Parts of the order</source>
            <translation>Onderdelen van de order</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Problem with the note</source>
            <translation>Probleem met de notitie</translation>
        </message>
        <message>
            <source>What this channel lets you change</source>
            <translation>Wat u bij dit kanaal kunt wijzigen</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>Shipping address</source>
            <translation>Afleveradres</translation>
        </message>
        <message>
            <source>Edit order {reference}</source>
            <translation>Order {reference} bewerken</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Regels</translation>
        </message>
        <message>
            <source>Customer and address</source>
            <translation>Klant en adres</translation>
        </message>
        <message>
            <source>Note for the warehouse (stays on the desk)</source>
            <translation>Notitie voor het magazijn (gaat niet naar het kanaal)</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Attributen</translation>
        </message>
        <message>
            <source>Nothing changed yet.</source>
            <translation>Nog niets gewijzigd.</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Wijzigingen opslaan</translation>
        </message>
        <message>
            <source>ERP numbers</source>
            <translation>ERP-nummers</translation>
        </message>
        <message>
            <source>Why attributes cannot be changed</source>
            <translation>Waarom attributen niet gewijzigd kunnen worden</translation>
        </message>
        <message>
            <source>The edit is saved.</source>
            <translation>De bewerking is opgeslagen.</translation>
        </message>
        <message>
            <source>The edit is saved; the ERP numbers are not. {reason}</source>
            <translation>De bewerking is opgeslagen, de ERP-nummers niet. {reason}</translation>
        </message>
        <message>
            <source>{reason} Only the note and the attributes can be changed here.</source>
            <translation>{reason} Alleen de notitie en de attributen kunnen hier worden gewijzigd.</translation>
        </message>
        <message>
            <source>{reason} Only the note can be changed here.</source>
            <translation>{reason} Alleen de notitie kan hier worden gewijzigd.</translation>
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
            <translation>Product</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>ERP line</source>
            <translation>ERP-regel</translation>
        </message>
        <message>
            <source>ERP numbers of the order</source>
            <translation>ERP-nummers van de order</translation>
        </message>
        <message>
            <source>Acknowledging the order gives it its ERP numbers; correct them here if the ERP uses others.</source>
            <translation>Bij het bevestigen krijgt de order zijn ERP-nummers; corrigeer ze hier als het ERP andere gebruikt.</translation>
        </message>
        <message>
            <source>This channel's ERP numbers are entered by hand: give the order its number and every line one.</source>
            <translation>De ERP-nummers van dit kanaal worden met de hand ingevoerd: geef de order zijn nummer en elke regel het zijne.</translation>
        </message>
        <message>
            <source>How this channel gets its ERP numbers</source>
            <translation>Hoe dit kanaal aan zijn ERP-nummers komt</translation>
        </message>
        <message>
            <source>ERP order number</source>
            <translation>ERP-ordernummer</translation>
        </message>
        <message>
            <source>Problem with the ERP order number</source>
            <translation>Probleem met het ERP-ordernummer</translation>
        </message>
        <message>
            <source>ERP line numbers of the lines</source>
            <translation>ERP-regelnummers van de regels</translation>
        </message>
        <message>
            <source>Problem with the ERP line numbers</source>
            <translation>Probleem met de ERP-regelnummers</translation>
        </message>
        <message>
            <source>ERP line number of {sku}</source>
            <translation>ERP-regelnummer van {sku}</translation>
        </message>
        <message>
            <source>Give every line an ERP line number: {sku} has none.</source>
            <translation>Geef elke regel een ERP-regelnummer: {sku} heeft er geen.</translation>
        </message>
        <message>
            <source>ERP line number {number} is given to both {first} and {second}: each line needs its own.</source>
            <translation>ERP-regelnummer {number} is gegeven aan zowel {first} als {second}: elke regel heeft een eigen nummer nodig.</translation>
        </message>
        <message>
            <source>The ERP line number of {sku}</source>
            <translation>Het ERP-regelnummer van {sku}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… en nog %Ln</numerusform>
                <numerusform>… en nog %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Import orders from a file</source>
            <translation>Orders uit een bestand importeren</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Te importeren bestand</translation>
        </message>
        <message>
            <source>A JSON file of orders</source>
            <translation>Een JSON-bestand met orders</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Het bestand kiezen</translation>
        </message>
        <message>
            <source>Channel the orders belong to</source>
            <translation>Kanaal waar de orders bij horen</translation>
        </message>
        <message>
            <source>A new manual channel…</source>
            <translation>Een nieuw handmatig kanaal…</translation>
        </message>
        <message>
            <source>Name of the new channel</source>
            <translation>Naam van het nieuwe kanaal</translation>
        </message>
        <message>
            <source>Problem with the import</source>
            <translation>Probleem met de import</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>New channel's name</source>
            <translation>Naam nieuw kanaal</translation>
        </message>
        <message>
            <source>Import orders</source>
            <translation>Orders importeren</translation>
        </message>
        <message>
            <source>Import another file</source>
            <translation>Nog een bestand importeren</translation>
        </message>
        <message>
            <source>The import stopped: {error}</source>
            <translation>De import is gestopt: {error}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Geïmporteerd</translation>
        </message>
        <message>
            <source>Orders (*.json)</source>
            <translation>Orders (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Bezig met importeren…</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation>Kies het bestand dat u wilt importeren.</translation>
        </message>
        <message>
            <source>Name the new channel.</source>
            <translation>Geef het nieuwe kanaal een naam.</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>The unit price</source>
            <translation>De stukprijs</translation>
        </message>
        <message>
            <source>An order needs at least one line; cancel the order instead of removing every line.</source>
            <translation>Een order heeft minstens één regel nodig; annuleer de order in plaats van alle regels te verwijderen.</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stukprijs</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Regeltotaal</translation>
        </message>
        <message>
            <source>Add a line</source>
            <translation>Nieuwe regel</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Lines of the order</source>
            <translation>Regels van de order</translation>
        </message>
        <message>
            <source>Problem with the lines</source>
            <translation>Probleem met de regels</translation>
        </message>
        <message>
            <source>Order total</source>
            <translation>Ordertotaal</translation>
        </message>
        <message>
            <source>Affiliate commission</source>
            <translation>Affiliatecommissie</translation>
        </message>
        <message>
            <source>SKU of the new line</source>
            <translation>SKU van de nieuwe regel</translation>
        </message>
        <message>
            <source>Product name of the new line</source>
            <translation>Productnaam van de nieuwe regel</translation>
        </message>
        <message>
            <source>optional; the SKU when empty</source>
            <translation>optioneel; anders de SKU</translation>
        </message>
        <message>
            <source>Quantity of the new line</source>
            <translation>Aantal van de nieuwe regel</translation>
        </message>
        <message>
            <source>Unit price of the new line</source>
            <translation>Stukprijs van de nieuwe regel</translation>
        </message>
        <message>
            <source>e.g. {example} ({currency})</source>
            <translation>bijv. {example} ({currency})</translation>
        </message>
        <message>
            <source>Problem with the SKU</source>
            <translation>Probleem met de SKU</translation>
        </message>
        <message>
            <source>Problem with the product name</source>
            <translation>Probleem met de productnaam</translation>
        </message>
        <message>
            <source>Problem with the unit price</source>
            <translation>Probleem met de stukprijs</translation>
        </message>
        <message>
            <source>Quantity of {sku}</source>
            <translation>Aantal van {sku}</translation>
        </message>
        <message>
            <source>Press Add line to put {sku} on the order, or clear the new line's fields.</source>
            <translation>Klik op Regel toevoegen om {sku} op de order te zetten, of maak de velden van de nieuwe regel leeg.</translation>
        </message>
        <message>
            <source>The unit price is required.</source>
            <translation>De stukprijs is verplicht.</translation>
        </message>
        <message>
            <source>Add the line to the order</source>
            <translation>De regel aan de order toevoegen</translation>
        </message>
        <message>
            <source>Remove the line {sku}</source>
            <translation>De regel {sku} verwijderen</translation>
        </message>
        <message>
            <source>{sku} (new)</source>
            <translation>{sku} (nieuw)</translation>
        </message>
        <message>
            <source>Keep line</source>
            <translation>Regel behouden</translation>
        </message>
        <message>
            <source>The product name</source>
            <translation>De productnaam</translation>
        </message>
        <message>
            <source>Finish the new line (SKU and unit price) and press Add line, or clear its fields.</source>
            <translation>Maak de nieuwe regel af (SKU en stukprijs) en klik op Regel toevoegen, of maak de velden leeg.</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Regel toevoegen</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>Lines {lines} + shipping {shipping} = total {total}</source>
            <translation>Regels {lines} + verzendkosten {shipping} = totaal {total}</translation>
        </message>
        <message>
            <source>Commission {amount} ({rate} %)</source>
            <translation>Commissie {amount} ({rate} %)</translation>
        </message>
        <message>
            <source>Correct what is marked in red.</source>
            <translation>Verbeter wat rood is gemarkeerd.</translation>
        </message>
        <message>
            <source>Order {reference} ({channel}) · {customer} · {status} · {total}</source>
            <translation>Order {reference} ({channel}) · {customer} · {status} · {total}</translation>
        </message>
        <message>
            <source>No commission (no affiliate rate)</source>
            <translation>Geen commissie (geen affiliatetarief)</translation>
        </message>
        <message>
            <source> of {total}</source>
            <translation> van {total}</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Problem with this order</source>
            <translation>Probleem met deze order</translation>
        </message>
        <message>
            <source>Why OK is not available</source>
            <translation>Waarom OK niet beschikbaar is</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Knoppen van het venster</translation>
        </message>
        <message>
            <source>no customer name</source>
            <translation>geen klantnaam</translation>
        </message>
    </context>
    <context>
        <name>PaymentOverrideDialog</name>
        <message>
            <source>paid</source>
            <translation>betaald</translation>
        </message>
        <message>
            <source>invoice later</source>
            <translation>later factureren</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>terugbetaald</translation>
        </message>
        <message>
            <source>Why an override is needed</source>
            <translation>Waarom een uitzondering nodig is</translation>
        </message>
        <message>
            <source>Order not paid</source>
            <translation>Order niet betaald</translation>
        </message>
        <message>
            <source>Order {reference} is not paid</source>
            <translation>Order {reference} is niet betaald</translation>
        </message>
        <message>
            <source>Process an unpaid order</source>
            <translation>Een onbetaalde order verwerken</translation>
        </message>
        <message>
            <source>Process without payment</source>
            <translation>Zonder betaling verwerken</translation>
        </message>
        <message>
            <source>Leave it pending</source>
            <translation>Laten wachten</translation>
        </message>
        <message>
            <source>Payment override reason</source>
            <translation>Reden voor verwerking zonder betaling</translation>
        </message>
        <message>
            <source>Problem with the payment override reason</source>
            <translation>Probleem met de reden voor verwerking zonder betaling</translation>
        </message>
        <message>
            <source>e.g. customer pays cash on pickup</source>
            <translation>bijv. klant betaalt contant bij afhalen</translation>
        </message>
        <message>
            <source>Reason for processing it unpaid</source>
            <translation>Waarom wordt de order onbetaald verwerkt?</translation>
        </message>
        <message>
            <source>This order's payment status is {payment}: it needs no override. Acknowledge it as usual.</source>
            <translation>De betaalstatus van deze order is {payment}: er is geen uitzondering nodig. Bevestig de order zoals gewoonlijk.</translation>
        </message>
        <message>
            <source>This order is not paid. The warehouse starts on an unpaid order only when someone takes responsibility for it: give the reason. It is kept in the order's history with your name.</source>
            <translation>Deze order is niet betaald. Het magazijn begint alleen aan een onbetaalde order als iemand er de verantwoordelijkheid voor neemt: geef de reden op. Die wordt met uw naam in de geschiedenis van de order bewaard.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Preferences</source>
            <translation>Voorkeuren</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>The system's language ({language})</source>
            <translation>De taal van het systeem ({language})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>A new language shows the next time OrderDesk opens.</source>
            <translation>Een nieuwe taal is te zien wanneer OrderDesk de volgende keer opent.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>The cancellation reason</source>
            <translation>De reden van annulering</translation>
        </message>
        <message>
            <source>The payment override reason</source>
            <translation>De reden voor verwerking zonder betaling</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Customer return (collected from the customer)</source>
            <translation>Klantretour (opgehaald bij de klant)</translation>
        </message>
        <message>
            <source>Customer sends it back themselves (self-ship)</source>
            <translation>Klant stuurt het zelf terug (eigen verzending)</translation>
        </message>
        <message>
            <source>Return to origin (never delivered, back from the courier)</source>
            <translation>Retour afzender (nooit bezorgd, terug van de koerier)</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Verzonden</translation>
        </message>
        <message>
            <source>Already returned</source>
            <translation>Al retour</translation>
        </message>
        <message>
            <source>Return now</source>
            <translation>Nu retour</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optioneel</translation>
        </message>
        <message>
            <source>Create return</source>
            <translation>Retour aanmaken</translation>
        </message>
        <message>
            <source>Lines of the order</source>
            <translation>Regels van de order</translation>
        </message>
        <message>
            <source>Problem with the units to return</source>
            <translation>Probleem met de te retourneren stuks</translation>
        </message>
        <message>
            <source>Return reason</source>
            <translation>Retourreden</translation>
        </message>
        <message>
            <source>e.g. damaged in transit</source>
            <translation>bijv. beschadigd tijdens transport</translation>
        </message>
        <message>
            <source>Problem with the return reason</source>
            <translation>Probleem met de retourreden</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Soort retour</translation>
        </message>
        <message>
            <source>Problem with the return type</source>
            <translation>Probleem met de soort retour</translation>
        </message>
        <message>
            <source>AWB number</source>
            <translation>AWB-nummer</translation>
        </message>
        <message>
            <source>Problem with the AWB number</source>
            <translation>Probleem met het AWB-nummer</translation>
        </message>
        <message>
            <source>Transporter</source>
            <translation>Transporteur</translation>
        </message>
        <message>
            <source>Problem with the transporter</source>
            <translation>Probleem met de transporteur</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Create return for {reference}</source>
            <translation>Retour aanmaken voor {reference}</translation>
        </message>
        <message>
            <source>Units coming back:</source>
            <translation>Stuks die terugkomen:</translation>
        </message>
        <message>
            <source>Only a dispatched order can be returned; this one's status is {status}.</source>
            <translation>Alleen een verzonden order kan retour komen; deze order heeft de status {status}.</translation>
        </message>
        <message>
            <source>Units of {sku} coming back</source>
            <translation>Stuks van {sku} die terugkomen</translation>
        </message>
        <message>
            <source>Choose at least one unit to return.</source>
            <translation>Kies minstens één stuk om te retourneren.</translation>
        </message>
        <message>
            <source>The return reason</source>
            <translation>De retourreden</translation>
        </message>
        <message>
            <source>The AWB number</source>
            <translation>Het AWB-nummer</translation>
        </message>
        <message>
            <source>The transporter</source>
            <translation>De transporteur</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Search box</source>
            <translation>Zoekveld</translation>
        </message>
        <message>
            <source>find the order a scanned or typed code names; the text stays selected for the next scan</source>
            <translation>de order zoeken die een gescande of getypte code aanwijst; de tekst blijft geselecteerd voor de volgende scan</translation>
        </message>
        <message>
            <source>clear the search</source>
            <translation>de zoekopdracht wissen</translation>
        </message>
        <message>
            <source>Order table</source>
            <translation>Ordertabel</translation>
        </message>
        <message>
            <source>leave the table for the next control</source>
            <translation>de tabel verlaten naar het volgende element</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <source>&lt;b&gt;{where}&lt;/b&gt;: {key} — {what}</source>
            <translation>&lt;b&gt;{where}&lt;/b&gt;: {key} — {what}</translation>
        </message>
        <message>
            <source>Keys of the search box and the table</source>
            <translation>Toetsen van het zoekveld en de tabel</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Sneltoets</translation>
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
            <translation>Product</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Regeltotaal</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stukprijs</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Verplaatsen</translation>
        </message>
        <message>
            <source>{part}: lines</source>
            <translation>{part}: regels</translation>
        </message>
        <message>
            <source>{part}: total</source>
            <translation>{part}: totaal</translation>
        </message>
        <message>
            <source>{part}: commission</source>
            <translation>{part}: commissie</translation>
        </message>
        <message>
            <source>Split order</source>
            <translation>Order splitsen</translation>
        </message>
        <message>
            <source>Lines of the order</source>
            <translation>Regels van de order</translation>
        </message>
        <message>
            <source>Stays on this order</source>
            <translation>Blijft op deze order</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Nieuwe order</translation>
        </message>
        <message>
            <source>Lines {lines} = total (no shipping)</source>
            <translation>Regels {lines} = totaal (geen verzendkosten)</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Splitsen</translation>
        </message>
        <message>
            <source>Split order {reference}</source>
            <translation>Order {reference} splitsen</translation>
        </message>
        <message>
            <source>Stays on {reference}</source>
            <translation>Blijft op {reference}</translation>
        </message>
        <message>
            <source>New order {reference}</source>
            <translation>Nieuwe order {reference}</translation>
        </message>
        <message>
            <source>Units of each line to move to the new order:</source>
            <translation>Stuks per regel die naar de nieuwe order gaan:</translation>
        </message>
        <message>
            <source>Units of {sku} to move to the new order</source>
            <translation>Stuks van {sku} die naar de nieuwe order gaan</translation>
        </message>
    </context>
</TS>
