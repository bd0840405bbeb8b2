<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Actions</name>
        <message numerus="yes">
            <source>%n order(s) changed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) changed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{reference} is not acknowledged yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is not packed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is not dispatched yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is not delivered yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is already acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is already packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is already dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is already delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is processing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>select an order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no change of the selected orders failed to reach its channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} has no conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} keeps no attributes of orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>select one order only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} takes no invoices from the desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start work on the order (pending → processing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change address, quantities, lines or note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move units into a new order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The parcel is packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispatch with a consignment number and carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer has the parcel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel order…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel before dispatch, with a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create return…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record returned units of a dispatched order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice the order in its channel (Magento): everything not invoiced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attributes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order and line attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buy on OT Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place the order on an OT Platform channel (AddOrder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the failed changes of these orders again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve conflict…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the desk's or the channel's version</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{result}, %n refused: {reasons}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{channel} cannot take it for {reference}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Acknowledge %n order(s)?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) acknowledged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) acknowledged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n order(s) packed?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) marked packed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) marked packed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Dispatch %n order(s)?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) dispatched</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) dispatched</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n order(s) delivered?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) marked delivered</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) marked delivered</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Retry the sync of %n order(s)?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) sent again</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) sent again</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Ask {channel} to invoice order {reference} (and capture its payment)? An invoice cannot be taken back from OrderDesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is unpaid</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>{app} hit a bug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong inside {app}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your orders and changes are safe in the database; please send the report to support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report was saved to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report could not be saved to a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crash report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the crash report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open log &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the log folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Any</source>
            <translation type="unfinished" />
        </message>
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
        <message>
            <source>Order filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search or scan: reference, customer, e-mail, SKU, tracking number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync state filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by creation date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source, payment, sync state and creation date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No order matches {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No order has the reference, consignment or tracking number {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More filters ({count})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> — demo (simulated channels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock quantities to publish to the channels ({shortcut})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find or scan an order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking up parcel {code} in OT Platform…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One desk for the orders of every sales channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln+ order(s), counting…</source>
            <translation>
                <numerusform>%Ln+ Bestellung, wird gezählt…</numerusform>
                <numerusform>%Ln+ Bestellungen, werden gezählt…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>%Ln Bestellung</numerusform>
                <numerusform>%Ln Bestellungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Menu bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import orders from a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;all orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The application log and crash reports, in the file manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync &amp;log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;failures in the sync log</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>What the last action did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss the notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderStatusBar</name>
        <message>
            <source>idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>syncing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sign-in refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels' sync states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync log: changes waiting and failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the sync log (F8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failures: open the sync log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OT Platform questions: open the purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel passwords or tokens about to expire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync log: {waiting} waiting · {failed} failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channels}: syncing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel}: idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No channels yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel}: %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln purchase question(s) from OT Platform — open Purchases</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n channel(s) idle</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) could not be sent — open the sync log</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This desk has no orders yet. Connect a sales channel and its orders come in by themselves, or load orders from a file. To look around first, open the demo: simulated channels and a throwaway database, nothing of yours is touched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a channel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import orders from a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the demo</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
