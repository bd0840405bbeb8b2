<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>DetailPanel</name>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
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
            <source>Tracking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No order selected. Select an order to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addresses, attributes and consignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry failed sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry the failed sync event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>order {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>split from {order}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>split into {orders}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>payment: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sync: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>version {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>commission {amount}</source>
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
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiscardEventDialog</name>
        <message>
            <source>Order {reference}: {kind} event #{number}, {state}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} will never hear of this change. The order stays as it is here; its history records that you discarded the event, and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard sync event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for discarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. fixed by hand in the channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why discard it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a reason: it goes into the order's history.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderTable</name>
        <message>
            <source>Changes wait to be sent to the channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change could not be sent: see the sync log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The channel changed this order too: choose which version to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PurchasesPane</name>
        <message>
            <source>Purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Via</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OT order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OT status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question or message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{paid} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchases on OT Platform and autopurchase questions (F7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchases on OT Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deposit if the customer's account is short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deposit if the account is short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay the selected purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel on OT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the selected purchase's OT order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the selected purchase to the provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync with provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synchronize exported orders with the provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autopurchase activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The question OT Platform asks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase P{number} of {reference} via {channel}: {state}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OT Platform asks about {subject}: {question}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no OT Platform channel to buy on: add one under Channels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buy on OT Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buy through the channel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a purchase to see what OT Platform did with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer: {choice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OT line {line} ({item}): provider order {provider_order}, waybill {waybill}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent}%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StockView</name>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity to publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel's answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checking (answer lost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock quantities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel to publish to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue the quantity for the SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a sku,quantity CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the failed quantities again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the last stock action did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the stock action was refused</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n quantity(ies) failed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{sku}: {quantity} queued for {channel}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import stock quantities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{file}: %Ln quantity(ies) queued for {channel}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed quantity(ies) queued again for {channel}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Queue quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No channel takes stock quantities: add a Magento channel under Channels… first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{quantity} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln repeated SKU(s), the later line counts</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) refused:</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>line {number}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SyncLog</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncLogDirection</name>
        <message>
            <source>pull</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>push</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncLogOutcome</name>
        <message>
            <source>ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncLogPane</name>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Example</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed events by cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a log line of a failed or uncertain sync event to retry or discard it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request (secrets masked):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order, operation or message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the filtered log as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync log status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync log entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details of the selected log entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a log entry to see the request and the answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry the failed event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the failed event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync event error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed events grouped by cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry every event of the selected cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the channel's settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed events group message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All outcomes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n event(s) of {channel} queued again.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export the sync log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln entry(ies) exported to {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>HTTP {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>took {milliseconds} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no message)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sync event #{number} ({kind}): now {state}, %n attempt(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry all in this group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open channel settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} refuses the sign-in: correct its password or token first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The log could not be exported: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Status changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status changed with a payment override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoiced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attributes set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ERP numbers set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict with the channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict resolved: the local version kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict resolved: the channel's version taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received from the channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked to the channel's order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by the channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by the channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync event retried</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync event discarded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase placed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autopurchase: export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autopurchase: synchronize</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autopurchase: link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autopurchase: unlink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autopurchase question answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} event #{number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{state}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{outcome} HTTP {status}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
