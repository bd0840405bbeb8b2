<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>ActivityAction</name>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synchronize</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlink</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityState</name>
        <message>
            <source>Requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awaiting an answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Capabilities</name>
        <message>
            <source>acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>given a new status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invoiced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>given attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>given stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>given an ERP number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>given ERP line numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>given a cancelled purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders from a {kind} cannot be {action} here: the channel has no way to take it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a channel kind. Use one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CarriedText</name>
        <message>
            <source>character {position}, {what},</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>starts or ends with a space, which a channel's HTTP header would drop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>character {position}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has a character a channel cannot carry: {where} is an invisible control or format character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has a character a channel cannot carry: {where} is not one an HTTP header can hold (only Latin-1 letters, digits and signs)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Carriers</name>
        <message>
            <source>This does not look like a {carrier} consignment number ({format}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10, 12 or 20 digits, or JJD/JD and digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>14 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>11 or 12 digits, or 8 letters and digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1Z and 16 letters or digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12, 15, 20 or 22 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3S and 11 to 13 letters or digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>24 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>9 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 letters, 9 digits, 2 letters (or 20 digits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>14 to 16 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a pattern, or remove the carrier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{pattern}' is not a valid pattern: {error}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelKind</name>
        <message>
            <source>Affiliate order system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CloudSuite webshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magento 2 (Increff Omni)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OT Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manual / imported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelOptions</name>
        <message>
            <source>Attribute mapping: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{piece}' is not name=attributeN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{piece}' has no attribute name before '='.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{slot}' (for '{name}') is not an Increff slot: use attribute1 to attribute10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attribute{number} (for '{name}') does not exist: Increff has attribute1 to attribute10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' is mapped twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{slot} is given to both '{first}' and '{name}': each name needs its own slot.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelSettings</name>
        <message>
            <source>Base URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP order number prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password/token expires on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carriers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {setting} kept in the keyring for this channel {problem}, so it cannot be sent. Enter it again in Settings or with `orderdesk channels update "{channel}" --secret-stdin`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://... (plain http only for a simulator on this machine)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OrderDesk status=the channel's status word, comma separated; several words for one status with |, the first is the one sent, e.g. pending=new, processing=processing, dispatched=complete|shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>auto: acknowledging an order gives it an ERP order number (prefix + local id) and its lines 10, 20, 30...; manual: the operator enters them (orders erp, or the ERP tab of the edit dialog)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>put before the local order id in automatic ERP order numbers, e.g. OD- gives OD-1042</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD, when the channel's password or token stops working; OrderDesk warns two weeks ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the carriers this channel's parcels go with, comma separated; the dispatch prompt offers them, the last used first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {setting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Webhook secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Webshop id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Increff Omni URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Increff user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Increff domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Increff password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warehouse location code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attribute mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instance key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivery mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {setting} {problem}. Was it pasted from a document? Copy it again from the channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {setting} {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the secret the affiliate system signs its webhooks with (orderdesk sync --watch --listen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the OAuth2 token endpoint of this installation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only when references repeat across webshops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name=attributeN pairs, comma separated, e.g. coupon code=attribute1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needed to add orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DeliveryModeId for purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default: the customer's first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>autopurchase provider, default Taobao</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErpNumbers</name>
        <message>
            <source>The ERP line number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP numbers: '{value}' is neither auto nor manual. Write auto to let OrderDesk number orders when they are acknowledged, or manual to enter the numbers yourself.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The ERP prefix is %n character(s) long; keep it to {limit}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The ERP prefix cannot contain spaces or invisible characters.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The ERP order number is %n character(s) long; CloudSuite takes at most {limit}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The ERP order number contains invisible characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} must be a whole number above zero, not '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} is too big for CloudSuite ({value}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ERP order number is empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Acknowledgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancellation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock</source>
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
            <source>Purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase cancellation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase payment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventState</name>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking (answer lost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discarded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>{value} is not an amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an amount cannot be true or false</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderStatusWord</name>
        <message>
            <source>pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>processing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>returned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentStatus</name>
        <message>
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unpaid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PurchaseState</name>
        <message>
            <source>Placing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Purchasing</name>
        <message>
            <source>the product is no longer available (sold out at the seller): remove it or choose the same at another seller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the configuration (colour, size) does not exist or ran out: choose another one or another seller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the seller is gone from the site: choose the same product at another seller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a field of the line is wrong: check the item id, configuration and quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: OT left it out ({requested} wanted). Possible reasons: {reasons}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {item} (configuration {config})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: OT ordered {ordered} of {requested} - the seller has no more of it; buy the rest at another seller or accept fewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the autopurchase address settings in OT (address in China, phone number).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The provider's limit of unpaid orders is reached: pay on the provider's site, then export again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The provider's goods no longer match the order (quantity, price): check the lines and export again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The provider could not be reached: try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} has no SKU or ot_item_id, so there is nothing to buy on OT Platform.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order has no lines to buy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message}. {hint}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecretExpiry</name>
        <message>
            <source>{channel}: the password or token expired on {day}; renew it in Channels settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel}: the password or token expires today; renew it in Channels settings</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{channel}: the password or token expires in %n day(s) ({day})</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>'{value}' is not a date: write it as year-month-day, e.g. 2027-01-31.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Split</name>
        <message>
            <source>Choose at least one line and a quantity to move to the new order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moving every unit is not a split: at least one unit must stay on the original order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every new order needs at least one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} is not on this order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quantity for {sku} must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move at least 1 unit of {sku}, or leave the line out.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{sku} has %n unit(s); you cannot move {moved}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>StatusMap</name>
        <message>
            <source>Status mapping: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item}' names no OrderDesk status before '='. Use one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item}' has no '='. Write OrderDesk status=channel word, e.g. pending=new.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} is mapped twice ('{first}' and '{item}'). Put all its channel words in one place, separated by '|', e.g. {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' (in '{item}') is not an OrderDesk status. Use one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item}' has an empty channel word. Write the channel's word after '=' (several separated by '|', e.g. {example}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the channel word '{word}' is listed twice for {status}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Statuses</name>
        <message>
            <source>edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {current} order cannot be set to {target}. Allowed next: {options}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order is already {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A dispatched order cannot be cancelled; create a return instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none, it is final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {status} order can no longer be {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not an order status. Use one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a payment status. Use one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a dispatched order can be returned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This order is not paid. Processing it needs a payment override with a reason.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message>
            <source>Synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Urls</name>
        <message>
            <source>The base URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} contains spaces or control characters; a web address has none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must not carry a login or password (user:password@...): enter the login in its own field and the password or token as the channel's secret, which is kept in the OS keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} '{url}' is not a web address: it must start with https:// (or http:// for a simulator on this machine).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} '{url}' has a port that does not exist: ports run from 1 to 65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} '{url}' uses plain http: use https:// so that credentials are not sent in the clear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} '{url}' names no server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>The external_id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be a date and time as text (use ISO 8601, e.g. 2026-11-23T10:42:00Z), not {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be an object, not {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{attributes}: a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{attributes}: the value of {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {position} is not an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {position} SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {position} price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {position} quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An order must be a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has no external_id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has no lines.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>It has %Ln line(s); at most {limit} are taken.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{label} '{value}' is not a date and time (use ISO 8601, e.g. 2026-11-23T10:42:00Z).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shipping address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consignment number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ERP order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The channel_data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{address}: {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {position} external id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {position} ERP line number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {position} tracking number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {position} attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The channel status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {position} name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payment status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be text, not {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attribute name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shipping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The commission rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shipping name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shipping company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shipping street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shipping city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shipping postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shipping region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shipping country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shipping phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {order}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is required.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{label} is %Ln character(s) long; the channel accepts at most {limit}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The consignment number may hold only letters, digits, spaces and . / _ -</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be a whole number, not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{label} is {value}; at most %Ln unit(s) fit a line.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' is not a usable attribute name: start with a letter; letters, digits, spaces, _ and - only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is too large: amounts must stay below {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} has too many decimals (at most {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} would be {value}; amounts must stay below {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is {value}%; it must be between 0 and 100%.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a currency: use its three-letter ISO 4217 code, such as EUR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The external id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order's attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lines total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The channel's data for the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{attributes}: the name {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} holds a NUL character, which no text may hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be at least 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} cannot contain spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be a number, not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The currency must be a three-letter code such as EUR, not {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order has no lines.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The order has %Ln line(s); at most {limit} are taken.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>The channel's data for the order is %Ln character(s); at most {limit}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Line {position} total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is nested more than {limit} levels deep.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
