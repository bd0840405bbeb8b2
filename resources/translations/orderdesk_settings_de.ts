<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>ChannelFormDialog</name>
        <message>
            <source>Stored — type to replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot be read now: the keyring is unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleared when you save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the setting {setting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with these settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why Save is not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Affiliate EU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the channel name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the kind of channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Polling interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often OrderDesk asks the channel for new and changed orders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> attempts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often a change is sent again before it waits for a supervisor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> calls per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The most calls per minute OrderDesk makes to this channel; 0 for no limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields marked with a star are required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel settings fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel {channel}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A channel keeps its name; add a new channel to use another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A channel keeps its kind; add a new channel for another kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a channel called '{channel}'.</source>
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
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enabled: sync this channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>* required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{setting} *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct what is marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the stored {setting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the stored {setting} from the keyring when you save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the setting {setting}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in: {settings}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{default} (when left empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{setting} is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection test result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>testing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection test of these settings failed.

Save them anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These settings have not been tested: the first sync would be the test.

Save them anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save untested channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calling {channel}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calling the channel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The test stopped on an unexpected error; it has been reported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>last sync went well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>syncing now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not reachable at the last try</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sign-in refused at the last try</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused by the channel's rate limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last sync failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the channel {channel} ({kind})?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings — sales channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the channel cannot be removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable or enable the channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in to provider…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign the OT Platform channel in to its provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved provider sessions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a provider session OT Platform keeps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consignment formats…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consignment number formats of the carriers</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sign in to the provider in the browser window that opens for {channel}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session for {channel}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its settings are deleted from OrderDesk, and its {secrets} from this computer's keyring. It has no orders, so no order is touched. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its settings are deleted from OrderDesk. It has no orders, so no order is touched. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the channel?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} — {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} — {kind} (disabled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no address</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{channel} has %Ln order(s), so it cannot be removed: its orders keep their history. Disable it instead.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>OT Platform keeps no provider session for {channel}: sign in to the provider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{session} (valid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{session} (expired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} is disabled: the sync leaves it alone until it is enabled again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} is enabled: the sync picks it up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel {channel} removed. Deleted from the keyring: {secrets}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel {channel} removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No channel yet: add one.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>asked every %Ln second(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>not synced (disabled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{channel} cannot be removed now, its secrets could not be deleted. {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
