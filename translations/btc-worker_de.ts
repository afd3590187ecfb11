<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>Browse, check and query Electrum servers; serve a local REST API.</source>
        <translation>Electrum-Server durchsuchen, prüfen und abfragen; eine lokale REST-API bereitstellen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Serve the API without a window (also when there is no display).</source>
        <translation>Die API ohne Fenster bereitstellen (auch wenn keine Anzeige vorhanden ist).</translation>
    </message>
    <message>
        <source>Do not serve the local REST API.</source>
        <translation>Die lokale REST-API nicht bereitstellen.</translation>
    </message>
    <message>
        <source>Port of the local API (default 5000).</source>
        <translation>Port der lokalen API (Standard: 5000).</translation>
    </message>
    <message>
        <source>Address the local API listens on (default 127.0.0.1).</source>
        <translation>Adresse, auf der die lokale API lauscht (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Directory for pins and user servers (default: the app data folder).</source>
        <translation>Verzeichnis für Pins und eigene Server (Standard: der Datenordner der App).</translation>
    </message>
    <message>
        <source>Allow blockchain.transaction.broadcast through the API.</source>
        <translation>blockchain.transaction.broadcast über die API erlauben.</translation>
    </message>
    <message>
        <source>Let the API query servers on loopback or private networks (your own LAN server).</source>
        <translation>Der API erlauben, Server auf Loopback- oder privaten Netzen abzufragen (Ihr eigener LAN-Server).</translation>
    </message>
    <message>
        <source>Never use Tor (.onion servers fail).</source>
        <translation>Tor nie verwenden (.onion-Server schlagen fehl).</translation>
    </message>
    <message>
        <source>Use the Tor SOCKS5 port at HOST:PORT instead of looking for one.</source>
        <translation>Den Tor-SOCKS5-Port unter HOST:PORT verwenden, statt nach einem zu suchen.</translation>
    </message>
    <message>
        <source>Start our own tor when no running Tor is found.</source>
        <translation>Ein eigenes tor starten, wenn kein laufendes Tor gefunden wird.</translation>
    </message>
    <message>
        <source>Route every server connection through Tor, never directly.</source>
        <translation>Jede Serververbindung über Tor leiten, nie direkt.</translation>
    </message>
    <message>
        <source>Read the API&apos;s bearer token from this owner-only file instead of writing a fresh one to &lt;data-dir&gt;/api.cookie at every start.</source>
        <translation>Das Bearer-Token der API aus dieser nur für den Eigentümer lesbaren Datei lesen, statt bei jedem Start ein neues nach &lt;data-dir&gt;/api.cookie zu schreiben.</translation>
    </message>
    <message>
        <source>Serve the API without a bearer token (only allowed on a loopback address).</source>
        <translation>Die API ohne Bearer-Token bereitstellen (nur auf einer Loopback-Adresse erlaubt).</translation>
    </message>
</context>
<context>
    <name>btcw::AddServerDialog</name>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>electrum.example.org:50002:s</source>
        <translation>electrum.example.org:50002:s</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>host:port:s for TLS, host:port:t for plain TCP; IPv6 in brackets, .onion needs Tor.</source>
        <translation>host:port:s für TLS, host:port:t für einfaches TCP; IPv6 in eckigen Klammern, .onion benötigt Tor.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Enter the server as host:port:s (TLS) or host:port:t (TCP).</source>
        <translation>Geben Sie den Server als host:port:s (TLS) oder host:port:t (TCP) ein.</translation>
    </message>
    <message>
        <source>Adds %1 with TLS port %2 to %3.</source>
        <translation>Fügt %1 mit TLS-Port %2 zu %3 hinzu.</translation>
    </message>
    <message>
        <source>Adds %1 with TCP port %2 to %3 (not encrypted).</source>
        <translation>Fügt %1 mit TCP-Port %2 zu %3 hinzu (unverschlüsselt).</translation>
    </message>
    <message>
        <source>Connections go through Tor.</source>
        <translation>Verbindungen laufen über Tor.</translation>
    </message>
</context>
<context>
    <name>btcw::ElectrumMethods</name>
    <message>
        <source>The block header at a height, as hex.</source>
        <translation>Der Blockheader auf einer Höhe, als Hex.</translation>
    </message>
    <message>
        <source>A run of consecutive block headers (one hex string, or a list in 1.6).</source>
        <translation>Eine Folge aufeinanderfolgender Blockheader (ein Hex-String oder in 1.6 eine Liste).</translation>
    </message>
    <message>
        <source>Fee rate in BTC/kB to confirm within that many blocks; -1 if unknown.</source>
        <translation>Gebührensatz in BTC/kB für eine Bestätigung innerhalb so vieler Blöcke; -1, wenn unbekannt.</translation>
    </message>
    <message>
        <source>The current tip: {height, hex}.</source>
        <translation>Die aktuelle Spitze: {height, hex}.</translation>
    </message>
    <message>
        <source>The minimum relay fee in BTC/kB (removed in protocol 1.6).</source>
        <translation>Die minimale Relay-Gebühr in BTC/kB (in Protokoll 1.6 entfernt).</translation>
    </message>
    <message>
        <source>Confirmed and unconfirmed balance of a script hash, in satoshis.</source>
        <translation>Bestätigter und unbestätigter Saldo eines Script-Hashes, in Satoshis.</translation>
    </message>
    <message>
        <source>Confirmed and mempool transactions of a script hash.</source>
        <translation>Bestätigte und Mempool-Transaktionen eines Script-Hashes.</translation>
    </message>
    <message>
        <source>Mempool transactions of a script hash.</source>
        <translation>Mempool-Transaktionen eines Script-Hashes.</translation>
    </message>
    <message>
        <source>Unspent outputs of a script hash.</source>
        <translation>Nicht ausgegebene Outputs eines Script-Hashes.</translation>
    </message>
    <message>
        <source>The status hash of a script hash (null if no history).</source>
        <translation>Der Status-Hash eines Script-Hashes (null ohne Verlauf).</translation>
    </message>
    <message>
        <source>Stops notifications for a script hash.</source>
        <translation>Beendet die Benachrichtigungen für einen Script-Hash.</translation>
    </message>
    <message>
        <source>Broadcasts a raw transaction (changes the network; the API may forbid it).</source>
        <translation>Sendet eine Rohtransaktion ins Netz (verändert das Netzwerk; die API kann dies verbieten).</translation>
    </message>
    <message>
        <source>Broadcasts a package of transactions.</source>
        <translation>Sendet ein Paket von Transaktionen ins Netz.</translation>
    </message>
    <message>
        <source>A transaction as raw hex (or decoded, if verbose).</source>
        <translation>Eine Transaktion als Roh-Hex (oder dekodiert, wenn verbose).</translation>
    </message>
    <message>
        <source>The merkle branch proving a transaction in its block.</source>
        <translation>Der Merkle-Zweig, der eine Transaktion in ihrem Block belegt.</translation>
    </message>
    <message>
        <source>The transaction id at a position in a block.</source>
        <translation>Die Transaktions-ID an einer Position in einem Block.</translation>
    </message>
    <message>
        <source>The mempool&apos;s fee histogram: [[fee_rate, vsize], …].</source>
        <translation>Das Gebührenhistogramm des Mempools: [[fee_rate, vsize], …].</translation>
    </message>
    <message>
        <source>Mempool minimum fee, relay fee and incremental fee.</source>
        <translation>Minimale Mempool-Gebühr, Relay-Gebühr und inkrementelle Gebühr.</translation>
    </message>
    <message>
        <source>Asks the server to add a peer (its features).</source>
        <translation>Bittet den Server, einen Peer hinzuzufügen (dessen Features).</translation>
    </message>
    <message>
        <source>The server&apos;s banner text.</source>
        <translation>Der Bannertext des Servers.</translation>
    </message>
    <message>
        <source>The operator&apos;s donation address.</source>
        <translation>Die Spendenadresse des Betreibers.</translation>
    </message>
    <message>
        <source>Genesis hash, hosts, protocol range, software and pruning of the server.</source>
        <translation>Genesis-Hash, Hosts, Protokollbereich, Software und Pruning des Servers.</translation>
    </message>
    <message>
        <source>The peers the server knows: [[ip, host, [features]], …].</source>
        <translation>Die Peers, die der Server kennt: [[ip, host, [features]], …].</translation>
    </message>
    <message>
        <source>Keeps the connection alive; answers null.</source>
        <translation>Hält die Verbindung aufrecht; antwortet mit null.</translation>
    </message>
    <message>
        <source>Software and negotiated protocol (the session already negotiated it).</source>
        <translation>Software und ausgehandeltes Protokoll (die Sitzung hat es bereits ausgehandelt).</translation>
    </message>
</context>
<context>
    <name>btcw::MainWindow</name>
    <message>
        <source>BTC Worker</source>
        <translation>BTC Worker</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>Prüfung abgeschlossen.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <translation>Alle &amp;prüfen</translation>
    </message>
    <message>
        <source>Check every server the table shows (F5)</source>
        <translation>Jeden in der Tabelle angezeigten Server prüfen (F5)</translation>
    </message>
    <message>
        <source>C&amp;ancel check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import servers.json…</source>
        <translation>servers.json &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export servers.json…</source>
        <translation>servers.json e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Query console</source>
        <translation>&amp;Abfragekonsole</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Seed order</source>
        <translation>&amp;Listenreihenfolge</translation>
    </message>
    <message>
        <source>Hostnames, then onion, then IP addresses, as the server list has them</source>
        <translation>Hostnamen, dann Onion-, dann IP-Adressen, wie in der Serverliste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About BTC Worker</source>
        <translation>&amp;Über BTC Worker</translation>
    </message>
    <message>
        <source>About BTC Worker</source>
        <translation>Über BTC Worker</translation>
    </message>
    <message>
        <source>BTC Worker %1
Browse, check and query Electrum servers; a local REST API serves the same queries.</source>
        <translation>BTC Worker %1
Electrum-Server durchsuchen, prüfen und abfragen; eine lokale REST-API bedient dieselben Abfragen.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Filter by host (Ctrl+F)</source>
        <translation>Nach Host filtern (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Onion only</source>
        <translation>Nur &amp;Onion</translation>
    </message>
    <message>
        <source>&amp;TLS only</source>
        <translation>Nur &amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Up only</source>
        <translation>Nur &amp;erreichbare</translation>
    </message>
    <message>
        <source>Query console</source>
        <translation>Abfragekonsole</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) shown</source>
        <translation>
            <numerusform>%n Server angezeigt</numerusform>
            <numerusform>%n Server angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>Tor: off</source>
        <translation>Tor: aus</translation>
    </message>
    <message>
        <source>Tor: detecting…</source>
        <translation>Tor: wird gesucht…</translation>
    </message>
    <message>
        <source>Tor: detected at %1</source>
        <translation>Tor: gefunden unter %1</translation>
    </message>
    <message>
        <source>Tor: launching</source>
        <translation>Tor: wird gestartet</translation>
    </message>
    <message>
        <source>Tor: bootstrapping %1%</source>
        <translation>Tor: Bootstrapping %1 %</translation>
    </message>
    <message>
        <source>Tor: ready at %1</source>
        <translation>Tor: bereit unter %1</translation>
    </message>
    <message>
        <source>Tor: unavailable</source>
        <translation>Tor: nicht verfügbar</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>The local REST API listens here</source>
        <translation>Hier lauscht die lokale REST-API</translation>
    </message>
    <message>
        <source>API: off</source>
        <translation>API: aus</translation>
    </message>
    <message>
        <source>API: off (%1)</source>
        <translation>API: aus (%1)</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>No server to check.</source>
        <translation>Kein Server zu prüfen.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Query…</source>
        <translation>&amp;Abfragen…</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy c&amp;url for the API</source>
        <translation>c&amp;url für die API kopieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove servers</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Import servers.json into %1</source>
        <translation>servers.json in %1 importieren</translation>
    </message>
    <message>
        <source>Electrum server lists (*.json)</source>
        <translation>Electrum-Serverlisten (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import servers</source>
        <translation>Server importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s) into %1.</source>
        <translation>
            <numerusform>%n Server in %1 importiert.</numerusform>
            <numerusform>%n Server in %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some entries were skipped:</source>
        <translation>Einige Einträge wurden übersprungen:</translation>
    </message>
    <message>
        <source>Export %1 servers as servers.json</source>
        <translation>%1-Server als servers.json exportieren</translation>
    </message>
    <message>
        <source>Export servers</source>
        <translation>Server exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the %1 servers to %2.</source>
        <translation>Die %1-Server wurden nach %2 exportiert.</translation>
    </message>
    <message>
        <source>C&amp;lear response cache</source>
        <translation>Antwort-&amp;Cache leeren</translation>
    </message>
    <message>
        <source>The response cache was cleared.</source>
        <translation>Der Antwort-Cache wurde geleert.</translation>
    </message>
    <message>
        <source>%1 (degraded)</source>
        <translation>%1 (eingeschränkt)</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses, %3 entries, %4 KiB held here</source>
        <translation>%1 Treffer, %2 Fehlgriffe, %3 Einträge, %4 KiB hier gehalten</translation>
    </message>
</context>
<context>
    <name>btcw::QueryConsole</name>
    <message>
        <source>host:port:s (TLS) or host:port:t (TCP)</source>
        <translation>host:port:s (TLS) oder host:port:t (TCP)</translation>
    </message>
    <message>
        <source>JSON array, e.g. [] or [&quot;&lt;scripthash&gt;&quot;]</source>
        <translation>JSON-Array, z. B. [] oder [&quot;&lt;scripthash&gt;&quot;]</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy the equivalent call to the local API</source>
        <translation>Den entsprechenden Aufruf der lokalen API kopieren</translation>
    </message>
    <message>
        <source>The result appears here.</source>
        <translation>Das Ergebnis erscheint hier.</translation>
    </message>
    <message>
        <source>Earlier queries; activate one to load it again</source>
        <translation>Frühere Abfragen; zum erneuten Laden eine aktivieren</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Params:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The parameters are not valid JSON: %1 at character %2.</source>
        <translation>Die Parameter sind kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The parameters must be a JSON array, like [] or [&quot;abc&quot;, 1].</source>
        <translation>Die Parameter müssen ein JSON-Array sein, etwa [] oder [&quot;abc&quot;, 1].</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Wählen Sie zuerst einen Server.</translation>
    </message>
    <message>
        <source>Parameters: %1 — %2</source>
        <translation>Parameter: %1 – %2</translation>
    </message>
    <message>
        <source>(protocol %1 and later)</source>
        <translation>(ab Protokoll %1)</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1 ab…</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>neue Verbindung</translation>
    </message>
    <message>
        <source>pooled connection</source>
        <translation>Verbindung aus dem Pool</translation>
    </message>
    <message>
        <source>Answered in %1 ms (%2, protocol %3)</source>
        <translation>Antwort in %1 ms (%2, Protokoll %3)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Server error code %1</source>
        <translation>Serverfehlercode %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copied the curl command for the local API.</source>
        <translation>Der curl-Befehl für die lokale API wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>btcw::ServerCheckRunner</name>
    <message>
        <source>The server has neither a TCP nor a TLS port.</source>
        <translation>Der Server hat weder einen TCP- noch einen TLS-Port.</translation>
    </message>
    <message>
        <source>The server&apos;s tip header has no height.</source>
        <translation>Der Spitzen-Header des Servers hat keine Höhe.</translation>
    </message>
</context>
<context>
    <name>btcw::ServerDetailsPane</name>
    <message>
        <source>&amp;Fetch features and banner</source>
        <translation>Features und Banner &amp;abrufen</translation>
    </message>
    <message>
        <source>Select a server to see its details.</source>
        <translation>Wählen Sie einen Server, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
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
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Tip height</source>
        <translation>Höhe der Spitze</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Negotiated protocol</source>
        <translation>Ausgehandeltes Protokoll</translation>
    </message>
    <message>
        <source>Listed protocol</source>
        <translation>Gelistetes Protokoll</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation>Zertifikat SHA-256</translation>
    </message>
    <message>
        <source>Pinned since</source>
        <translation>Gepinnt seit</translation>
    </message>
    <message>
        <source>Re-trusted</source>
        <translation>Erneut vertraut</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>noch nicht gesehen</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Fetching features and banner…</source>
        <translation>Features und Banner werden abgerufen…</translation>
    </message>
    <message>
        <source>The server has neither a TCP nor a TLS port.</source>
        <translation>Der Server hat weder einen TCP- noch einen TLS-Port.</translation>
    </message>
    <message>
        <source>Could not fetch the details: %1</source>
        <translation>Die Details konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>No banner: %1</source>
        <translation>Kein Banner: %1</translation>
    </message>
</context>
<context>
    <name>btcw::ServerTableModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>onion</source>
        <translation>Onion</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>nicht gepinnt</translation>
    </message>
    <message>
        <source>pinned (re-trusted)</source>
        <translation>gepinnt (erneut vertraut)</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>gepinnt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
</context>
<context>
    <name>btcw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Use Tor for .onion servers</source>
        <translation>Tor für .onion-Server verwenden</translation>
    </message>
    <message>
        <source>Detect a running Tor (ports 9050 and 9150)</source>
        <translation>Laufendes Tor erkennen (Ports 9050 und 9150)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Launch our own tor when none is found</source>
        <translation>Eigenes tor starten, wenn keines gefunden wird</translation>
    </message>
    <message>
        <source>Route every server through Tor</source>
        <translation>Jeden Server über Tor ansprechen</translation>
    </message>
    <message>
        <source>SOCKS &amp;host:</source>
        <translation>SOCKS-&amp;Host:</translation>
    </message>
    <message>
        <source>SOCKS &amp;port:</source>
        <translation>SOCKS-&amp;Port:</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <source>Serve the local REST API</source>
        <translation>Lokale REST-API bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Bind-Adresse:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>empty: keep the cache in memory</source>
        <translation>leer: Cache im Arbeitsspeicher halten</translation>
    </message>
    <message>
        <source>&amp;Time to live:</source>
        <translation>&amp;Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>&amp;Redis host:</source>
        <translation>&amp;Redis-Host:</translation>
    </message>
    <message>
        <source>Redis p&amp;ort:</source>
        <translation>Redis-P&amp;ort:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Check the servers shown when the window opens</source>
        <translation>Angezeigte Server beim Öffnen des Fensters prüfen</translation>
    </message>
    <message>
        <source>Changes take effect the next time BTC Worker starts.</source>
        <translation>Änderungen werden beim nächsten Start von BTC Worker wirksam.</translation>
    </message>
    <message>
        <source>Keep a persistent token (in the system keychain)</source>
        <translation>Ein dauerhaftes Token behalten (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Off: a new token in api.cookie every start. On: one token that stays the same, kept in the system keychain, or in a file readable only by you when there is no keychain.</source>
        <translation>Aus: bei jedem Start ein neues Token in api.cookie. An: ein Token, das gleich bleibt, aufbewahrt im Schlüsselbund des Systems oder, wenn es keinen gibt, in einer Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>the API is not running</source>
        <translation>die API läuft nicht</translation>
    </message>
    <message>
        <source>Copy curl example</source>
        <translation>curl-Beispiel kopieren</translation>
    </message>
    <message>
        <source>Current token:</source>
        <translation>Aktuelles Token:</translation>
    </message>
    <message>
        <source>no token file</source>
        <translation>keine Token-Datei</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>The token is not in a file a command could read: copy it and send it as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Das Token liegt in keiner Datei, die ein Befehl lesen könnte: Kopieren Sie es und senden Sie es als &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The local API is turned off.</source>
        <translation>Die lokale API ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
</TS>
