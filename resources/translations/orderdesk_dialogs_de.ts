<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AttributesDialog</name>
        <message>
            <source>see the message under them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{saved} The attributes are not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some attributes are saved; the rest are not: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attributes are not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attributes of {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the attributes of {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. coupon_code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order and line attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order or one of its lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {sku}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What attributes may hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing changed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an attribute to {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of attribute {number} of {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value of attribute {number} of {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove attribute {number} of {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {sku}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names start with a letter. Values up to {limit} characters, the most the channels accept. To remove an attribute, remove its row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attributes of {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add attribute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attribute row {number} of {what} is empty: fill it in or remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The value of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give {name} a value, or remove its row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the attribute in row {number} a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' is there twice; give each attribute once.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel order {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the cancellation reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. customer changed their mind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is it cancelled?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CarrierFormatsDialog</name>
        <message>
            <source>Carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pattern (regular expression)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consignment number formats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dispatch prompt warns when a consignment number does not fit its carrier's format, and asks before it goes on. Spaces in a number are ignored; letters may be of either case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carriers and their formats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the default formats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the formats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {number}: name the carrier.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consignment number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP line numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ship to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bill to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differs from {channel}'s version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as {channel}'s version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in {channel}'s version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Different in {channel}'s version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differs from mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Different in mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep mine and send it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the channel's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel}'s version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine (on this desk)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The order becomes {channel}'s version (right). What you changed and is not yet sent (%n change(s)) is dropped and never reaches {channel}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Resolve sync conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What keeping mine does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What taking the channel's version does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the order is in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What differs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines, mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines, the channel's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your version (left) stays and is sent to {channel}, replacing what {channel} changed (right).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Your version (left) stays here. {channel} takes no edits: it gets your %n waiting change(s), and the rest of {channel}'s version stays as it is there.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve sync conflict: {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {reference} has no conflict to resolve (any more). Nothing to choose here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{mark} marks what differs: {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is shown here is the same in both versions; the channel changed something else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {reference} is no longer in conflict (someone resolved it). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order changed while this window was open; both versions above are the latest now. Nothing was changed: choose again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}, mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}, {channel}'s version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <source>Dispatch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consignment number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan or type the consignment number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the consignment number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consignment number format warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatch {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatch {number} of {count}: {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatch order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>order {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ {warning} Check it, or dispatch anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatch anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the batch</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <source>A shipping address needs at least a street and a city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the customer name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street and number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the street and number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone at the address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the phone at the address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts of the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this channel lets you change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipping address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit order {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer and address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note for the warehouse (stays on the desk)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing changed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why attributes cannot be changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The edit is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The edit is saved; the ERP numbers are not. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Only the note and the attributes can be changed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Only the note can be changed here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErpPanel</name>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP numbers of the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledging the order gives it its ERP numbers; correct them here if the ERP uses others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This channel's ERP numbers are entered by hand: give the order its number and every line one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How this channel gets its ERP numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the ERP order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP line numbers of the lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the ERP line numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP line number of {sku}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give every line an ERP line number: {sku} has none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP line number {number} is given to both {first} and {second}: each line needs its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ERP line number of {sku}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Import orders from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A JSON file of orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel the orders belong to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new manual channel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New channel's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import another file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import stopped: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the new channel.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>The unit price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An order needs at least one line; cancel the order instead of removing every line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines of the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Affiliate commission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU of the new line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product name of the new line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional; the SKU when empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity of the new line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit price of the new line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. {example} ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the product name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the unit price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity of {sku}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Add line to put {sku} on the order, or clear the new line's fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unit price is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the line to the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the line {sku}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sku} (new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The product name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish the new line (SKU and unit price) and press Add line, or clear its fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add line</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>Lines {lines} + shipping {shipping} = total {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commission {amount} ({rate} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct what is marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {reference} ({channel}) · {customer} · {status} · {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No commission (no affiliate rate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with this order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why OK is not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no customer name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentOverrideDialog</name>
        <message>
            <source>paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invoice later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why an override is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order not paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {reference} is not paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process an unpaid order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process without payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave it pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment override reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the payment override reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. customer pays cash on pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for processing it unpaid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This order's payment status is {payment}: it needs no override. Acknowledge it as usual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This order is not paid. The warehouse starts on an unpaid order only when someone takes responsibility for it: give the reason. It is kept in the order's history with your name.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payment override reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Customer return (collected from the customer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer sends it back themselves (self-ship)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return to origin (never delivered, back from the courier)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines of the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the units to return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. damaged in transit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the return reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the return type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AWB number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the AWB number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the transporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create return for {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units coming back:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a dispatched order can be returned; this one's status is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units of {sku} coming back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one unit to return.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The return reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The AWB number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transporter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Search box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>find the order a scanned or typed code names; the text stays selected for the next scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leave the table for the next control</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{where}&lt;/b&gt;: {key} — {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys of the search box and the table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shortcut</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{part}: lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{part}: total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{part}: commission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines of the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stays on this order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines {lines} = total (no shipping)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split order {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stays on {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New order {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units of each line to move to the new order:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units of {sku} to move to the new order</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
