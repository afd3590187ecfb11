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
        <source>Allow methods that change the server or the network (transaction broadcasts, server.add_peer).</source>
        <translation>Methoden erlauben, die den Server oder das Netzwerk verändern (Transaktionen senden, server.add_peer).</translation>
    </message>
    <message>
        <source>Forward Electrum methods that BTC Worker does not know.</source>
        <translation>Electrum-Methoden weiterleiten, die BTC Worker nicht kennt.</translation>
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
    <message>
        <source>Check every server of this network at start (mainnet, testnet, testnet4, signet, regtest), then discover peers.</source>
        <translation>Beim Start jeden Server dieses Netzwerks prüfen (mainnet, testnet, testnet4, signet, regtest), danach Peers suchen.</translation>
    </message>
    <message>
        <source>Scan at start and again every this many minutes (0 = never; default: settings).</source>
        <translation>Beim Start prüfen und danach erneut in diesem Abstand in Minuten (0 = nie; Standard: laut Einstellungen).</translation>
    </message>
    <message>
        <source>Start our own tor at start when no running Tor is found (by default it starts on the first request that needs Tor).</source>
        <translation>Ein eigenes tor schon beim Start starten, wenn kein laufendes Tor gefunden wird (sonst startet es bei der ersten Anfrage, die Tor braucht).</translation>
    </message>
    <message>
        <source>Never start our own tor; use only a Tor that is running.</source>
        <translation>Nie ein eigenes tor starten; nur ein laufendes Tor verwenden.</translation>
    </message>
    <message>
        <source>Use only the Tor SOCKS5 port at HOST:PORT: never look for another (9050, 9150); if it does not answer, say so (and start our own tor unless --no-launch-tor).</source>
        <translation>Nur den Tor-SOCKS5-Port HOST:PORT verwenden: nie nach einem anderen suchen (9050, 9150); antwortet er nicht, dies melden (und ein eigenes tor starten, außer mit --no-launch-tor).</translation>
    </message>
    <message>
        <source>Requests per second one client with the token may send (0: no limit). Default: no limit when the API listens on loopback, 50 otherwise.</source>
        <translation>Anfragen pro Sekunde, die ein Client mit dem Token senden darf (0: keine Grenze). Standard: keine Grenze, wenn die API auf Loopback lauscht, sonst 50.</translation>
    </message>
    <message>
        <source>Run this command when a watched server goes down, comes back, falls behind or presents another certificate; it reads the event as JSON on standard input.</source>
        <translation>Diesen Befehl ausführen, wenn ein beobachteter Server ausfällt, wieder da ist, zurückfällt oder ein anderes Zertifikat vorlegt; er liest das Ereignis als JSON von der Standardeingabe.</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer within the %1 s budget</source>
        <translation>keine Antwort innerhalb des Zeitbudgets von %1 s</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connected through Tor</source>
        <translation>über Tor verbunden</translation>
    </message>
    <message>
        <source>certificate pinned on first use</source>
        <translation>Zertifikat bei der ersten Verwendung gepinnt</translation>
    </message>
    <message>
        <source>certificate matches the pin from %1</source>
        <translation>Zertifikat stimmt mit dem Pin vom %1 überein</translation>
    </message>
    <message>
        <source>a CA-signed certificate replaced the one pinned on %1</source>
        <translation>ein CA-signiertes Zertifikat ersetzte das am %1 gepinnte</translation>
    </message>
    <message>
        <source>certificate changed since %1</source>
        <translation>Zertifikat seit %1 geändert</translation>
    </message>
    <message>
        <source>certificate changed since it was pinned</source>
        <translation>Zertifikat seit dem Pinnen geändert</translation>
    </message>
    <message>
        <source>protocol %1, %2</source>
        <translation>Protokoll %1, %2</translation>
    </message>
    <message>
        <source>the reply to server.features is not an object</source>
        <translation>die Antwort auf server.features ist kein Objekt</translation>
    </message>
    <message>
        <source>no genesis hash, expected %1&apos;s</source>
        <translation>kein Genesis-Hash, erwartet wurde der von %1</translation>
    </message>
    <message>
        <source>genesis is %1&apos;s, expected %2</source>
        <translation>Genesis gehört zu %1, erwartet: %2</translation>
    </message>
    <message>
        <source>genesis is %1 (no known network), expected %2</source>
        <translation>Genesis ist %1 (kein bekanntes Netzwerk), erwartet: %2</translation>
    </message>
    <message>
        <source>hash function is %1, expected sha256</source>
        <translation>Hashfunktion ist %1, erwartet: sha256</translation>
    </message>
    <message>
        <source>genesis matches %1</source>
        <translation>Genesis passt zu %1</translation>
    </message>
    <message>
        <source>%1 is not among the hosts the server lists (it lists none)</source>
        <translation>%1 ist nicht unter den Hosts, die der Server nennt (er nennt keine)</translation>
    </message>
    <message>
        <source>%1 is not among the hosts the server lists (%2)</source>
        <translation>%1 ist nicht unter den Hosts, die der Server nennt (%2)</translation>
    </message>
    <message>
        <source>the server lists %1 without a %2</source>
        <translation>der Server nennt %1 ohne %2</translation>
    </message>
    <message>
        <source>the server lists %1 with %2 %3, not %4</source>
        <translation>der Server nennt %1 mit %2 %3, nicht %4</translation>
    </message>
    <message>
        <source>the tip reply is not a height and an 80-byte header</source>
        <translation>die Antwort zur Spitze ist keine Höhe mit 80-Byte-Header</translation>
    </message>
    <message>
        <source>height %1, hash %2</source>
        <translation>Höhe %1, Hash %2</translation>
    </message>
    <message>
        <source>header %1 is not an 80-byte header</source>
        <translation>Blockheader %1 ist kein 80-Byte-Header</translation>
    </message>
    <message>
        <source>header %1 hashes to %2, expected %3</source>
        <translation>Blockheader %1 hat den Hash %2, erwartet: %3</translation>
    </message>
    <message>
        <source>header %1 hashes to %2, expected %3 (the %4 genesis)</source>
        <translation>Blockheader %1 hat den Hash %2, erwartet: %3 (die Genesis von %4)</translation>
    </message>
    <message>
        <source>header %1 matches the expected hash</source>
        <translation>Blockheader %1 stimmt mit dem erwarteten Hash überein</translation>
    </message>
    <message>
        <source>header %1 matches the %2 genesis</source>
        <translation>Blockheader %1 stimmt mit der Genesis von %2 überein</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>the input is not valid</source>
        <translation>die Eingabe ist ungültig</translation>
    </message>
    <message>
        <source>the address is not valid or not allowed</source>
        <translation>die Adresse ist ungültig oder nicht erlaubt</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>der Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on that port</source>
        <translation>Verbindung abgelehnt: an diesem Port lauscht nichts</translation>
    </message>
    <message>
        <source>the host cannot be reached</source>
        <translation>der Host ist nicht erreichbar</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the certificate changed since it was pinned</source>
        <translation>das Zertifikat hat sich seit dem Pinnen geändert</translation>
    </message>
    <message>
        <source>the server broke the Electrum protocol</source>
        <translation>der Server hat das Electrum-Protokoll verletzt</translation>
    </message>
    <message>
        <source>the server answered with an error</source>
        <translation>der Server antwortete mit einem Fehler</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation>die Antwort ist zu groß</translation>
    </message>
    <message>
        <source>the connection closed before an answer</source>
        <translation>die Verbindung wurde vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <source>the Tor proxy could not connect</source>
        <translation>der Tor-Proxy konnte keine Verbindung herstellen</translation>
    </message>
    <message>
        <source>Tor is needed and not available</source>
        <translation>Tor wird benötigt und ist nicht verfügbar</translation>
    </message>
    <message>
        <source>too many requests are waiting</source>
        <translation>zu viele Anfragen warten</translation>
    </message>
    <message>
        <source>the settings do not allow it</source>
        <translation>die Einstellungen erlauben es nicht</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>not possible right now</source>
        <translation>gerade nicht möglich</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>ein interner Fehler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Blockheader</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>trusted on first use</source>
        <translation>bei der ersten Verwendung vertraut</translation>
    </message>
    <message>
        <source>matches the pinned certificate</source>
        <translation>stimmt mit dem gepinnten Zertifikat überein</translation>
    </message>
    <message>
        <source>changed since it was pinned</source>
        <translation>seit dem Pinnen geändert</translation>
    </message>
    <message>
        <source>replaced by a CA-signed certificate</source>
        <translation>durch ein CA-signiertes Zertifikat ersetzt</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>verdict stage</comment>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>tls</source>
        <comment>verdict stage</comment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>version</source>
        <comment>verdict stage</comment>
        <translation>Version</translation>
    </message>
    <message>
        <source>features</source>
        <comment>verdict stage</comment>
        <translation>Features</translation>
    </message>
    <message>
        <source>tip</source>
        <comment>verdict stage</comment>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>header</source>
        <comment>verdict stage</comment>
        <translation>Blockheader</translation>
    </message>
    <message>
        <source>ping</source>
        <comment>verdict stage</comment>
        <translation>Ping</translation>
    </message>
    <message>
        <source>redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>“%1” is not a method of the Electrum protocol 1.4 to 1.6 that BTC Worker knows; start btc-worker with --allow-unknown-methods to send other methods</source>
        <translation>„%1“ ist keine Methode des Electrum-Protokolls 1.4 bis 1.6, die BTC Worker kennt; starten Sie btc-worker mit --allow-unknown-methods, um andere Methoden zu senden</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s or the network&apos;s state (a broadcast, a new peer) and is turned off; start btc-worker with --allow-broadcast to send it</source>
        <translation>„%1“ ändert den Zustand des Servers oder des Netzes (eine Übertragung, ein neuer Peer) und ist abgeschaltet; starten Sie btc-worker mit --allow-broadcast, um sie zu senden</translation>
    </message>
    <message>
        <source>the server address is empty</source>
        <translation>die Serveradresse ist leer</translation>
    </message>
    <message>
        <source>“%1.onion” is a version 2 onion address; Tor no longer supports v2 onion services, use the server&apos;s 56-character v3 address</source>
        <translation>„%1.onion“ ist eine Onion-Adresse der Version 2; Tor unterstützt v2-Onion-Dienste nicht mehr, verwenden Sie die 56-stellige v3-Adresse des Servers</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: a v3 onion address has 56 characters before .onion, this one has %2</source>
        <translation>„%1.onion“ ist keine gültige Onion-Adresse: eine v3-Onion-Adresse hat 56 Zeichen vor .onion, diese hat %2</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: “%2” is not a base32 character (a–z, 2–7)</source>
        <translation>„%1.onion“ ist keine gültige Onion-Adresse: „%2“ ist kein Base32-Zeichen (a–z, 2–7)</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: its version byte is %2, expected 3</source>
        <translation>„%1.onion“ ist keine gültige Onion-Adresse: ihr Versionsbyte ist %2, erwartet 3</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: its checksum does not match, probably a typo</source>
        <translation>„%1.onion“ ist keine gültige Onion-Adresse: ihre Prüfsumme stimmt nicht, wahrscheinlich ein Tippfehler</translation>
    </message>
    <message>
        <source>“%1” is not a valid onion address: nothing comes before .onion</source>
        <translation>„%1“ ist keine gültige Onion-Adresse: vor .onion steht nichts</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: it has an empty part between dots</source>
        <translation>„%1“ ist kein gültiger Hostname: zwischen zwei Punkten fehlt ein Teil</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: the part “%2” is longer than 63 characters</source>
        <translation>„%1“ ist kein gültiger Hostname: der Teil „%2“ ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: “%2” is not allowed, use letters a–z, digits and hyphens</source>
        <translation>„%1“ ist kein gültiger Hostname: „%2“ ist unzulässig, verwenden Sie Buchstaben a–z, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: the part “%2” starts or ends with a hyphen</source>
        <translation>„%1“ ist kein gültiger Hostname: der Teil „%2“ beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>“%1…” is not a valid host name: it is longer than 253 characters</source>
        <translation>„%1…“ ist kein gültiger Hostname: er ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>“%1”: IPv6 zone ids (the part after %) are not supported</source>
        <translation>„%1“: IPv6-Zonen-IDs (der Teil nach %) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>“%1” has an opening “[” without a closing “]”</source>
        <translation>„%1“ hat ein öffnendes „[“ ohne schließendes „]“</translation>
    </message>
    <message>
        <source>“%1”: expected “:port” after the closing “]”</source>
        <translation>„%1“: nach dem schließenden „]“ wird „:Port“ erwartet</translation>
    </message>
    <message>
        <source>“%1” has too many “:” parts; write host:port:t|s, and put IPv6 addresses in brackets like [::1]:50002:s</source>
        <translation>„%1“ hat zu viele „:“-Teile; schreiben Sie Host:Port:t|s und setzen Sie IPv6-Adressen in Klammern wie [::1]:50002:s</translation>
    </message>
    <message>
        <source>“%1” has an empty port</source>
        <translation>„%1“ hat einen leeren Port</translation>
    </message>
    <message>
        <source>“%1” is not a port number: use digits only</source>
        <translation>„%1“ ist keine Portnummer: nur Ziffern verwenden</translation>
    </message>
    <message>
        <source>port %1 is out of range 1–65535</source>
        <translation>Port %1 liegt außerhalb von 1–65535</translation>
    </message>
    <message>
        <source>unknown transport “%1”: use t (TCP) or s (TLS)</source>
        <translation>unbekannte Übertragungsart „%1“: t (TCP) oder s (TLS) verwenden</translation>
    </message>
    <message>
        <source>unknown scheme “%1”: use tcp:// or ssl://</source>
        <translation>unbekanntes Schema „%1“: tcp:// oder ssl:// verwenden</translation>
    </message>
    <message>
        <source>“%1”: the scheme says %2 but the letter says %3</source>
        <translation>„%1“: das Schema sagt %2, der Buchstabe aber %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>protocol handshake (server.version)</source>
        <translation>Protokoll-Handshake (server.version)</translation>
    </message>
    <message>
        <source>waiting for the answer</source>
        <translation>Warten auf die Antwort</translation>
    </message>
    <message>
        <source>checking the target</source>
        <translation>Prüfung des Ziels</translation>
    </message>
    <message>
        <source>Tor is off</source>
        <translation>Tor ist aus</translation>
    </message>
    <message>
        <source>Tor is switched off in the settings (turn on “Use Tor for .onion servers”, or start without --no-tor)</source>
        <translation>Tor ist in den Einstellungen abgeschaltet (schalten Sie „Tor für .onion-Server verwenden“ ein oder starten Sie ohne --no-tor)</translation>
    </message>
    <message>
        <source>still looking for Tor</source>
        <translation>Tor wird noch gesucht</translation>
    </message>
    <message>
        <source>the Tor at control port %1 does not list %2 among its SOCKS ports (%3): something else answers there, so no names are sent to it</source>
        <translation>das Tor am Steuerport %1 führt %2 nicht unter seinen SOCKS-Ports (%3): dort antwortet etwas anderes, daher werden ihm keine Namen gesendet</translation>
    </message>
    <message>
        <source>no Tor endpoint configured and auto-detection is off</source>
        <translation>kein Tor-Endpunkt eingestellt und die automatische Erkennung ist aus</translation>
    </message>
    <message>
        <source>the configured Tor SOCKS port %1 does not answer (%2); no other port (9050, 9150) is tried</source>
        <translation>der eingestellte Tor-SOCKS-Port %1 antwortet nicht (%2); kein anderer Port (9050, 9150) wird versucht</translation>
    </message>
    <message>
        <source>no running Tor found (%1)</source>
        <translation>kein laufendes Tor gefunden (%1)</translation>
    </message>
    <message>
        <source>%1; launching tor is not allowed in the settings (to allow it, turn on “Launch our own tor when none is found” in the settings&apos; Tor section, or start with --launch-tor)</source>
        <translation>%1; tor zu starten ist in den Einstellungen nicht erlaubt (um es zu erlauben, schalten Sie „Eigenes tor starten, wenn keines gefunden wird“ im Tor-Abschnitt der Einstellungen ein oder starten Sie mit --launch-tor)</translation>
    </message>
    <message>
        <source>Tor is not running and no tor program was found (“%1” not found; %2); install it (Debian/Ubuntu: sudo apt install tor) or start Tor Browser</source>
        <translation>Tor läuft nicht und kein tor-Programm wurde gefunden („%1“ nicht gefunden; %2); installieren Sie es (Debian/Ubuntu: sudo apt install tor) oder starten Sie den Tor Browser</translation>
    </message>
    <message>
        <source>Tor is not running; BTC Worker starts its own tor when a server first needs it</source>
        <translation>Tor läuft nicht; BTC Worker startet ein eigenes tor, sobald ein Server es braucht</translation>
    </message>
    <message>
        <source>Tor is still starting (launching tor)</source>
        <translation>Tor startet noch (tor wird gestartet)</translation>
    </message>
    <message>
        <source>Tor is still starting (bootstrapped %1%)</source>
        <translation>Tor startet noch (Bootstrap %1%)</translation>
    </message>
    <message>
        <source>our own tor could not be started or stopped running</source>
        <translation>unser eigenes tor ließ sich nicht starten oder lief nicht weiter</translation>
    </message>
    <message>
        <source>our own tor could not be started or stopped running (tor said: %1)</source>
        <translation>unser eigenes tor ließ sich nicht starten oder lief nicht weiter (tor meldete: %1)</translation>
    </message>
    <message>
        <source>“%1” is not a Bitcoin address (check it for typos and for the network)</source>
        <translation>„%1“ ist keine Bitcoin-Adresse (prüfen Sie sie auf Tippfehler und das Netzwerk)</translation>
    </message>
    <message>
        <source>served invalid data</source>
        <translation>hat ungültige Daten geliefert</translation>
    </message>
    <message>
        <source>merkle proof at height 0 and headers %1 to %2 verified</source>
        <translation>Merkle-Beweis bei Höhe 0 und Header %1 bis %2 geprüft</translation>
    </message>
    <message>
        <source>the answer failed verification</source>
        <translation>die Antwort hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>the servers did not agree</source>
        <translation>die Server waren sich nicht einig</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Beweis</translation>
    </message>
    <message>
        <source>proof</source>
        <comment>verdict stage</comment>
        <translation>Beweis</translation>
    </message>
</context>
<context>
    <name>SettingsGuard</name>
    <message>
        <source>The settings file %1 is damaged: it is not a readable INI file.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt: Sie ist keine lesbare INI-Datei.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>BTC Worker starts with default settings; the original file is kept as %1.</source>
        <translation>BTC Worker startet mit den Standardeinstellungen; die ursprüngliche Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1). Copy it somewhere safe before changing any setting: saving settings rewrites it.</source>
        <translation>Sie konnte nicht beiseitegelegt werden (%1). Kopieren Sie sie an einen sicheren Ort, bevor Sie eine Einstellung ändern: Beim Speichern der Einstellungen wird sie überschrieben.</translation>
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
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Runs the staged health check on this address without adding it</source>
        <translation>Führt die stufenweise Prüfung für diese Adresse aus, ohne sie hinzuzufügen</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Reachable: every stage passed in %1 ms.</source>
        <translation>Erreichbar: alle Stufen in %1 ms bestanden.</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>btcw::AnswerDecoder</name>
    <message>
        <source>%1 BTC (%2 sats)</source>
        <translation>%1 BTC (%2 sats)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Block-Hash</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Vorheriger Block</translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation>Merkle-Wurzel</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>mempool</source>
        <translation>Mempool</translation>
    </message>
    <message>
        <source>mempool (unconfirmed parents)</source>
        <translation>Mempool (unbestätigte Vorgänger)</translation>
    </message>
    <message>
        <source>Fee rate</source>
        <translation>Gebührensatz</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>not known to the server</source>
        <translation>dem Server nicht bekannt</translation>
    </message>
    <message>
        <source>BTC per kvB</source>
        <translation>BTC pro kvB</translation>
    </message>
    <message>
        <source>sat per vB</source>
        <translation>sat pro vB</translation>
    </message>
</context>
<context>
    <name>btcw::BalanceTable</name>
    <message>
        <source>Bitcoin addresses, one per line (up to %1)</source>
        <translation>Bitcoin-Adressen, eine pro Zeile (bis zu %1)</translation>
    </message>
    <message>
        <source>Get bala&amp;nces</source>
        <translation>&amp;Kontostände abrufen</translation>
    </message>
    <message>
        <source>Ask the console&apos;s server for every address&apos;s balance in one batch</source>
        <translation>Den Server der Konsole in einem Batch nach dem Kontostand jeder Adresse fragen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Confirmed (BTC)</source>
        <translation>Bestätigt (BTC)</translation>
    </message>
    <message>
        <source>Unconfirmed (BTC)</source>
        <translation>Unbestätigt (BTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Wählen Sie zuerst einen Server.</translation>
    </message>
    <message>
        <source>Type or paste at least one address.</source>
        <translation>Mindestens eine Adresse eingeben oder einfügen.</translation>
    </message>
    <message>
        <source>%1 addresses; at most %2 at a time.</source>
        <translation>%1 Adressen; höchstens %2 auf einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 for %n balance(s)…</source>
        <translation>
            <numerusform>Frage %1 nach %n Kontostand…</numerusform>
            <numerusform>Frage %1 nach %n Kontoständen…</numerusform>
        </translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message numerus="yes">
        <source>%n balance(s) in %1 ms</source>
        <translation>
            <numerusform>%n Kontostand in %1 ms</numerusform>
            <numerusform>%n Kontostände in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from the cache</source>
        <translation>%1 aus dem Cache</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>btcw::CertificatesDialog</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Servers with self-signed certificates are trusted on first use: their certificate is pinned, and a different one later is refused until you trust it here.</source>
        <translation>Servern mit selbstsignierten Zertifikaten wird bei der ersten Verwendung vertraut: Ihr Zertifikat wird gepinnt, und ein anderes wird später abgelehnt, bis Sie ihm hier vertrauen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>Pinned since</source>
        <translation>Gepinnt seit</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>Neues Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate…</source>
        <translation>Neuem Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Pin the certificate the server presented instead of the pinned one</source>
        <translation>Das vom Server vorgelegte Zertifikat anstelle des gepinnten pinnen</translation>
    </message>
    <message>
        <source>&amp;Forget pin…</source>
        <translation>Pin &amp;vergessen…</translation>
    </message>
    <message>
        <source>Remove the pin; the next connection trusts and pins whatever the server presents</source>
        <translation>Den Pin entfernen; die nächste Verbindung vertraut dem Zertifikat, das der Server vorlegt, und pinnt es</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <source>The pins could not be saved (they stay in effect until btc-worker quits): %1</source>
        <translation>Die Pins konnten nicht gespeichert werden (sie gelten weiter, bis btc-worker beendet wird): %1</translation>
    </message>
    <message>
        <source>Trust the new certificate of %1?

Pinned certificate, since %2 (SHA-256):
%3

New certificate, presented %4 (SHA-256):
%5

Trusting replaces the pin: btc-worker will then accept only the new certificate from this server and refuse the old one. Do this only if you expected the change, for example because the server&apos;s operator announced a new certificate. An unexpected change can mean that someone is intercepting the connection.</source>
        <translation>Dem neuen Zertifikat von %1 vertrauen?

Gepinntes Zertifikat, seit %2 (SHA-256):
%3

Neues Zertifikat, vorgelegt am %4 (SHA-256):
%5

Vertrauen ersetzt den Pin: btc-worker akzeptiert von diesem Server dann nur noch das neue Zertifikat und lehnt das alte ab. Tun Sie das nur, wenn Sie den Wechsel erwartet haben, zum Beispiel weil der Betreiber des Servers ein neues Zertifikat angekündigt hat. Ein unerwarteter Wechsel kann bedeuten, dass jemand die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>%1, refused</source>
        <translation>%1, abgelehnt</translation>
    </message>
    <message>
        <source>The server presented a different certificate (SHA-256 %1) on %2; connections are refused until you trust it or it goes back.</source>
        <translation>Der Server hat am %2 ein anderes Zertifikat vorgelegt (SHA-256 %1); Verbindungen werden abgelehnt, bis Sie ihm vertrauen oder der Server zum alten zurückkehrt.</translation>
    </message>
    <message>
        <source>No certificate is pinned yet: pins are made on the first TLS connection.</source>
        <translation>Noch ist kein Zertifikat gepinnt: Pins entstehen bei der ersten TLS-Verbindung.</translation>
    </message>
    <message>
        <source>Pinned (SHA-256):</source>
        <translation>Gepinnt (SHA-256):</translation>
    </message>
    <message>
        <source>Pinned since:</source>
        <translation>Gepinnt seit:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <source>New, refused (SHA-256):</source>
        <translation>Neu, abgelehnt (SHA-256):</translation>
    </message>
    <message>
        <source>Presented:</source>
        <translation>Vorgelegt:</translation>
    </message>
    <message>
        <source>The server presented a different certificate. Connections to it are refused until you trust the new one.</source>
        <translation>Der Server hat ein anderes Zertifikat vorgelegt. Verbindungen zu ihm werden abgelehnt, bis Sie dem neuen vertrauen.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced certificates (%n change(s)):</source>
        <translation>
            <numerusform>Ersetzte Zertifikate (%n Wechsel):</numerusform>
            <numerusform>Ersetzte Zertifikate (%n Wechsel):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2:</source>
        <translation>%1 – %2:</translation>
    </message>
    <message>
        <source>Trust new certificate</source>
        <translation>Neuem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate</source>
        <translation>Neuem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Could not trust the new certificate of %1: %2</source>
        <translation>Dem neuen Zertifikat von %1 konnte nicht vertraut werden: %2</translation>
    </message>
    <message>
        <source>Forget pin</source>
        <translation>Pin vergessen</translation>
    </message>
    <message>
        <source>Forget the pinned certificate of %1 (SHA-256 %2)?

The next connection will trust whatever certificate the server presents and pin it again, without asking.</source>
        <translation>Das gepinnte Zertifikat von %1 (SHA-256 %2) vergessen?

Die nächste Verbindung vertraut ohne Rückfrage dem Zertifikat, das der Server vorlegt, welches es auch sei, und pinnt es erneut.</translation>
    </message>
    <message>
        <source>&amp;Forget pin</source>
        <translation>Pin &amp;vergessen</translation>
    </message>
    <message>
        <source>Could not forget the pin of %1: %2</source>
        <translation>Der Pin von %1 konnte nicht vergessen werden: %2</translation>
    </message>
    <message>
        <source>Pin before first use</source>
        <translation>Vor der ersten Verbindung pinnen</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:… or abcd…</source>
        <translation>SHA-256-Fingerabdruck, z. B. AB:CD:… oder abcd…</translation>
    </message>
    <message>
        <source>From PEM fi&amp;le…</source>
        <translation>Aus PEM-&amp;Datei…</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Pinnen</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Zertifikat des Servers</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>Die Datei enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1, valid from %2 until %3</source>
        <translation>%1, gültig von %2 bis %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>Enter the server as host:port, the TLS port it serves, e.g. electrum.example.org:50002.</source>
        <translation>Geben Sie den Server als host:port mit seinem TLS-Port ein, z. B. electrum.example.org:50002.</translation>
    </message>
    <message>
        <source>%1 is already pinned to this certificate.</source>
        <translation>%1 ist bereits an dieses Zertifikat gepinnt.</translation>
    </message>
    <message>
        <source>%1 is already pinned to another certificate: forget that pin first.</source>
        <translation>%1 ist bereits an ein anderes Zertifikat gepinnt: Vergessen Sie zuerst diesen Pin.</translation>
    </message>
    <message>
        <source>Pinned: %1 must present this certificate from its first connection on.</source>
        <translation>Gepinnt: %1 muss ab der ersten Verbindung dieses Zertifikat vorlegen.</translation>
    </message>
</context>
<context>
    <name>btcw::ChainTipsDialog</name>
    <message>
        <source>Chain tips: %1</source>
        <translation>Kettenspitzen: %1</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Block-Hash</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>no tip (check failed)</source>
        <translation>keine Spitze (Prüfung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>fork: most servers at this height follow another block</source>
        <translation>Fork: die meisten Server auf dieser Höhe folgen einem anderen Block</translation>
    </message>
    <message>
        <source>behind by %1</source>
        <translation>%1 zurück</translation>
    </message>
    <message>
        <source>contested: no majority at this height</source>
        <translation>umstritten: keine Mehrheit auf dieser Höhe</translation>
    </message>
    <message>
        <source>best tip</source>
        <translation>beste Spitze</translation>
    </message>
    <message>
        <source>No %1 server has been checked yet: run Check all (F5) first.</source>
        <translation>Noch kein %1-Server wurde geprüft: Führen Sie zuerst „Alle prüfen“ (F5) aus.</translation>
    </message>
    <message>
        <source>Servers checked: %1; best tip: %2; on a fork: %3; behind: %4.</source>
        <translation>Geprüfte Server: %1; beste Spitze: %2; auf einem Fork: %3; zurück: %4.</translation>
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
    <name>btcw::HealthHistoryChart</name>
    <message>
        <source>Health history of the last 7 days</source>
        <translation>Zustandsverlauf der letzten 7 Tage</translation>
    </message>
    <message>
        <source>No checks yet</source>
        <translation>Noch keine Prüfungen</translation>
    </message>
    <message>
        <source>No checks in the last 7 days</source>
        <translation>Keine Prüfungen in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>7 days: %1 up, no latency measured</source>
        <translation>7 Tage: %1 erreichbar, keine Latenz gemessen</translation>
    </message>
    <message>
        <source>7 days: %1 up, median %2 ms</source>
        <translation>7 Tage: %1 erreichbar, Median %2 ms</translation>
    </message>
    <message>
        <source>7 days ago</source>
        <translation>vor 7 Tagen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Block arrival lags of the last 7 days</source>
        <translation>Blockankunft der letzten 7 Tage</translation>
    </message>
    <message>
        <source>No block timed yet</source>
        <translation>Noch kein Block gemessen</translation>
    </message>
    <message>
        <source>No block timed in the last 7 days</source>
        <translation>Kein Block in den letzten 7 Tagen gemessen</translation>
    </message>
    <message numerus="yes">
        <source>7 days: %n block(s), median %1 ms, p90 %2 ms after the first server</source>
        <translation>
            <numerusform>7 Tage: %n Block, Median %1 ms, p90 %2 ms nach dem ersten Server</numerusform>
            <numerusform>7 Tage: %n Blöcke, Median %1 ms, p90 %2 ms nach dem ersten Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Block arrival lag</source>
        <translation>Blockankunft</translation>
    </message>
    <message>
        <source>Check latency</source>
        <translation>Prüflatenz</translation>
    </message>
</context>
<context>
    <name>btcw::MainWindow</name>
    <message>
        <source>BTC Worker</source>
        <translation>BTC Worker</translation>
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
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Query console</source>
        <translation>Abfragekonsole</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <source>Stop the running check or peer discovery (Esc)</source>
        <translation>Die laufende Prüfung oder Peer-Suche anhalten (Esc)</translation>
    </message>
    <message>
        <source>&amp;Discover peers</source>
        <translation>Peers &amp;suchen</translation>
    </message>
    <message>
        <source>Ask the healthy servers for the servers they know; new ones are checked before they are added</source>
        <translation>Die fehlerfreien Server nach den ihnen bekannten Servern fragen; neue werden vor dem Hinzufügen geprüft</translation>
    </message>
    <message>
        <source>Ce&amp;rtificates…</source>
        <translation>&amp;Zertifikate…</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate…</source>
        <translation>Neuem Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>No server matches the filters.</source>
        <translation>Kein Server passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>(or Esc in the filter box)</source>
        <translation>(oder Esc im Filterfeld)</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 list?</source>
        <translation>%1 aus der %2-Liste entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n server(s) from the list?</source>
        <translation>
            <numerusform>%n Server aus der Liste entfernen?</numerusform>
            <numerusform>%n Server aus der Liste entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import servers.json</source>
        <translation>servers.json importieren</translation>
    </message>
    <message>
        <source>Which network are the servers in this file for?</source>
        <translation>Für welches Netzwerk sind die Server in dieser Datei?</translation>
    </message>
    <message>
        <source>Export all servers as servers.json</source>
        <translation>Alle Server als servers.json exportieren</translation>
    </message>
    <message>
        <source>Exported the servers of every network to %1.</source>
        <translation>Die Server aller Netzwerke wurden nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Copied, but the API refuses %1 (on this machine or your network) unless btc-worker runs with --allow-private-targets.</source>
        <translation>Kopiert, aber die API lehnt %1 (auf diesem Rechner oder in Ihrem Netz) ab, solange btc-worker nicht mit --allow-private-targets läuft.</translation>
    </message>
    <message>
        <source>unknown network %1</source>
        <translation>unbekanntes Netzwerk %1</translation>
    </message>
    <message>
        <source>the local API is not running</source>
        <translation>die lokale API läuft nicht</translation>
    </message>
    <message>
        <source>none: nothing is kept on disk</source>
        <translation>keiner: nichts wird auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <source>BTC Worker %1</source>
        <translation>BTC Worker %1</translation>
    </message>
    <message>
        <source>Browse, check and query Electrum servers; a local REST API serves the same queries.</source>
        <translation>Electrum-Server durchsuchen, prüfen und abfragen; eine lokale REST-API bedient dieselben Abfragen.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>API documentation: %1</source>
        <translation>API-Dokumentation: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Chain &amp;tips…</source>
        <translation>&amp;Kettenspitzen…</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Entfernen &amp;rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n server(s). %1 puts them back.</source>
        <translation>
            <numerusform>%n Server entfernt. %1 holt ihn zurück.</numerusform>
            <numerusform>%n Server entfernt. %1 holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Entfernen rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n server(s).</source>
        <translation>
            <numerusform>%n Server zurückgeholt.</numerusform>
            <numerusform>%n Server zurückgeholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1, a twin of the selected server.</source>
        <translation>%1, ein Zwilling des ausgewählten Servers, wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>Watched servers are followed closely: you are told when one goes down, comes back, falls behind or presents another certificate</source>
        <translation>Beobachtete Server werden genau verfolgt: Sie erfahren, wenn einer ausfällt, wieder da ist, zurückfällt oder ein anderes Zertifikat vorlegt</translation>
    </message>
</context>
<context>
    <name>btcw::MonitorTray</name>
    <message>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 ist wieder erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n block(s) behind</source>
        <translation>
            <numerusform>%1 liegt %n Block zurück</numerusform>
            <numerusform>%1 liegt %n Blöcke zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 caught up</source>
        <translation>%1 hat aufgeholt</translation>
    </message>
    <message>
        <source>%1 presented another certificate</source>
        <translation>%1 hat ein anderes Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>Its check on %1 failed at the %2 stage.</source>
        <translation>Seine Prüfung in %1 scheiterte in der Stufe %2.</translation>
    </message>
    <message>
        <source>Its tip on %1 is at height %2.</source>
        <translation>Seine Spitze in %1 liegt bei Höhe %2.</translation>
    </message>
    <message>
        <source>It passes its checks on %1 again.</source>
        <translation>Es besteht seine Prüfungen in %1 wieder.</translation>
    </message>
    <message>
        <source>Other servers of %1 are ahead of its tip at height %2.</source>
        <translation>Andere Server von %1 sind seiner Spitze bei Höhe %2 voraus.</translation>
    </message>
    <message>
        <source>A CA-signed certificate replaced the pinned one.</source>
        <translation>Ein von einer CA signiertes Zertifikat hat das angeheftete ersetzt.</translation>
    </message>
    <message>
        <source>It was refused; Servers → Certificates… shows both fingerprints.</source>
        <translation>Es wurde abgelehnt; Server → Zertifikate… zeigt beide Fingerabdrücke.</translation>
    </message>
    <message>
        <source>%1: no server is watched</source>
        <translation>%1: kein Server wird beobachtet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n watched server address(es) up</source>
        <translation>
            <numerusform>%1: %n beobachtete Serveradresse erreichbar</numerusform>
            <numerusform>%1: %n beobachtete Serveradressen erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n watched server address(es) down</source>
        <translation>
            <numerusform>%1: %n beobachtete Serveradresse ausgefallen</numerusform>
            <numerusform>%1: %n beobachtete Serveradressen ausgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation>%1 erreichbar</translation>
    </message>
    <message>
        <source>%1 may be on a fork</source>
        <translation>%1 ist möglicherweise auf einer Abspaltung</translation>
    </message>
    <message>
        <source>%1 is on the common chain again</source>
        <translation>%1 ist wieder auf der gemeinsamen Kette</translation>
    </message>
    <message>
        <source>Its tip on %1 (height %2, block %3) is on no other followed server; another block is at that height.</source>
        <translation>Seine Spitze auf %1 (Höhe %2, Block %3) hat kein anderer verfolgter Server; dort steht ein anderer Block.</translation>
    </message>
    <message>
        <source>It is no longer followed on %1.</source>
        <translation>Er wird auf %1 nicht mehr verfolgt.</translation>
    </message>
</context>
<context>
    <name>btcw::QueryConsole</name>
    <message>
        <source>host:port:s (TLS) or host:port:t (TCP)</source>
        <translation>host:port:s (TLS) oder host:port:t (TCP)</translation>
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
    <message>
        <source>Answered from the cache (%1 s old, protocol %2)</source>
        <translation>Aus dem Cache beantwortet (%1 s alt, Protokoll %2)</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>JSON array, e.g. [] or [&quot;&lt;scripthash or address&gt;&quot;]</source>
        <translation>JSON-Array, z. B. [] oder [&quot;&lt;Scripthash oder Adresse&gt;&quot;]</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>Send the query (Ctrl+Enter)</source>
        <translation>Abfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Type or pick a method first.</source>
        <translation>Geben Sie zuerst eine Methode ein oder wählen Sie eine.</translation>
    </message>
    <message>
        <source>“%1” is not an Electrum method name (like server.features).</source>
        <translation>„%1“ ist kein Electrum-Methodenname (wie server.features).</translation>
    </message>
    <message>
        <source>A method the console does not know: it is sent as typed.</source>
        <translation>Eine Methode, die die Konsole nicht kennt: Sie wird wie eingegeben gesendet.</translation>
    </message>
    <message>
        <source>A Bitcoin address works in place of the script hash.</source>
        <translation>Statt des Scripthashs geht auch eine Bitcoin-Adresse.</translation>
    </message>
    <message>
        <source>Script hash of the address: %1</source>
        <translation>Scripthash der Adresse: %1</translation>
    </message>
    <message>
        <source>Copied, but the API refuses %1 (on this machine or your network) unless btc-worker runs with --allow-private-targets.</source>
        <translation>Kopiert, aber die API lehnt %1 (auf diesem Rechner oder in Ihrem Netz) ab, solange btc-worker nicht mit --allow-private-targets läuft.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Kontostände</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the answer against a header chain verified from checkpoints (headers, and transactions by their merkle proof)</source>
        <translation>Die Antwort mit einer ab Checkpoints geprüften Header-Kette prüfen (Header, und Transaktionen über ihren Merkle-Beweis)</translation>
    </message>
    <message>
        <source>Verified against the header chain.</source>
        <translation>Mit der Header-Kette geprüft.</translation>
    </message>
    <message>
        <source>Not verified: this answer has no proof the header chain can check.</source>
        <translation>Nicht geprüft: Für diese Antwort gibt es keinen Beweis, den die Header-Kette prüfen kann.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Einzelheiten: %1</translation>
    </message>
</context>
<context>
    <name>btcw::ScanCoordinator</name>
    <message>
        <source>Peer discovery cancelled: </source>
        <translation>Peer-Suche abgebrochen: </translation>
    </message>
    <message>
        <source>Peer discovery: </source>
        <translation>Peer-Suche: </translation>
    </message>
    <message>
        <source>no new servers were announced</source>
        <translation>keine neuen Server gemeldet</translation>
    </message>
    <message>
        <source>%1 new servers checked, %2 added, %3 failed</source>
        <translation>%1 neue Server geprüft, %2 hinzugefügt, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>; %1 announced many unverifiable peers</source>
        <translation>; viele nicht überprüfbare Peers gemeldet von: %1</translation>
    </message>
    <message>
        <source>Not checked: servers of networks without a known genesis (%1).</source>
        <translation>Nicht geprüft: Server von Netzwerken ohne bekannten Genesis-Block (%1).</translation>
    </message>
    <message>
        <source>The check starts when the running one has finished.</source>
        <translation>Die Prüfung beginnt, sobald die laufende beendet ist.</translation>
    </message>
    <message>
        <source>The check could not start.</source>
        <translation>Die Prüfung konnte nicht starten.</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>(%1, network %2 of %3)</source>
        <translation>(%1, Netzwerk %2 von %3)</translation>
    </message>
    <message>
        <source>Check cancelled after %1 of %2 servers.</source>
        <translation>Prüfung nach %1 von %2 Servern abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n server(s) of %1: %2 up.</source>
        <translation>
            <numerusform>%n Server von %1 geprüft: %2 erreichbar.</numerusform>
            <numerusform>%n Server von %1 geprüft: %2 erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer discovery starts when the running check has finished.</source>
        <translation>Die Peer-Suche beginnt, sobald die laufende Prüfung beendet ist.</translation>
    </message>
    <message>
        <source>No healthy %1 server to ask for peers: check the servers first.</source>
        <translation>Kein fehlerfreier %1-Server, der nach Peers gefragt werden kann: Prüfen Sie zuerst die Server.</translation>
    </message>
    <message>
        <source>Discovering peers</source>
        <translation>Peers werden gesucht</translation>
    </message>
    <message numerus="yes">
        <source>Peer discovery: asking %n server(s) for their peers…</source>
        <translation>
            <numerusform>Peer-Suche: %n Server wird nach seinen Peers gefragt…</numerusform>
            <numerusform>Peer-Suche: %n Server werden nach ihren Peers gefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>New block %1 on %2.</source>
        <translation>Neuer Block %1 auf %2.</translation>
    </message>
    <message>
        <source>New block %1 on %2 (agreed height %3).</source>
        <translation>Neuer Block %1 auf %2 (vereinbarte Höhe %3).</translation>
    </message>
</context>
<context>
    <name>btcw::ServerDetailsPane</name>
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
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Healthy: every stage passed in %1 ms.</source>
        <translation>Fehlerfrei: alle Stufen in %1 ms bestanden.</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>ohne Zeitmessung</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Tip: height %1, %2</source>
        <translation>Spitze: Höhe %1, %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1, checks: %2</source>
        <translation>%1, Prüfungen: %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>keine Prüfungen</translation>
    </message>
    <message>
        <source>Uptime 24 h: %1</source>
        <translation>Verfügbarkeit 24 h: %1</translation>
    </message>
    <message>
        <source>Uptime 7 d: %1</source>
        <translation>Verfügbarkeit 7 Tage: %1</translation>
    </message>
    <message>
        <source>Latency 7 d: median %1 ms, p90 %2 ms</source>
        <translation>Latenz 7 Tage: Median %1 ms, p90 %2 ms</translation>
    </message>
    <message>
        <source>Latency 7 d: not measured</source>
        <translation>Latenz 7 Tage: nicht gemessen</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Discovered from %1 on %2</source>
        <translation>Gefunden über %1 am %2</translation>
    </message>
    <message>
        <source>Discovered from %1</source>
        <translation>Gefunden über %1</translation>
    </message>
    <message>
        <source>Announced by %1 on %2</source>
        <translation>Gemeldet von %1 am %2</translation>
    </message>
    <message>
        <source>Announced by %1</source>
        <translation>Gemeldet von %1</translation>
    </message>
    <message>
        <source>Fetch features and &amp;banner</source>
        <translation>Features und &amp;Banner abrufen</translation>
    </message>
    <message>
        <source>Last check: healthy, %1 ms</source>
        <translation>Letzte Prüfung: gesund, %1 ms</translation>
    </message>
    <message>
        <source>Last check: healthy</source>
        <translation>Letzte Prüfung: gesund</translation>
    </message>
    <message>
        <source>Last check: failed at %1: %2</source>
        <translation>Letzte Prüfung: fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>The stages of checks before this start are not kept; check again to see them.</source>
        <translation>Die Stufen von Prüfungen vor diesem Start werden nicht aufbewahrt; prüfen Sie erneut, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Resolve &amp;addresses and twins</source>
        <translation>&amp;Adressen und Zwillinge auflösen</translation>
    </message>
    <message>
        <source>Could not resolve the addresses: %1</source>
        <translation>Die Adressen konnten nicht aufgelöst werden: %1</translation>
    </message>
    <message>
        <source>announced, not checked yet</source>
        <translation>angekündigt, noch nicht geprüft</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>conflicting: another server</source>
        <translation>widersprüchlich: ein anderer Server</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>%1 (TTL %2 s)</source>
        <translation>%1 (TTL %2 s)</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Aufgelöst:</translation>
    </message>
    <message>
        <source>No twins known yet: resolve the addresses to see the hosts it announces.</source>
        <translation>Noch keine Zwillinge bekannt: Adressen auflösen, um die angekündigten Hosts zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>add to my servers</source>
        <translation>zu meinen Servern hinzufügen</translation>
    </message>
    <message>
        <source>Resolving addresses and checking twins…</source>
        <translation>Adressen werden aufgelöst und Zwillinge geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>Last block seen %n s ago (height %1)</source>
        <translation>
            <numerusform>Letzter Block vor %n Sekunde gesehen (Höhe %1)</numerusform>
            <numerusform>Letzter Block vor %n Sekunden gesehen (Höhe %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::ServerFilterBar</name>
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
        <source>&amp;Lagging or forked</source>
        <translation>Mit &amp;Rückstand oder Fork</translation>
    </message>
    <message>
        <source>Only servers behind the best tip of their network or on another chain</source>
        <translation>Nur Server, die hinter der besten Spitze ihres Netzwerks zurückliegen oder auf einer anderen Kette sind</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>&amp;Group by server</source>
        <translation>Nach Server &amp;gruppieren</translation>
    </message>
    <message>
        <source>One row per server: addresses confirmed to be the same server (its hostname, IP and .onion twins) are shown once</source>
        <translation>Eine Zeile pro Server: Adressen, die als derselbe Server bestätigt sind (Hostname, IP und .onion-Zwillinge), werden einmal angezeigt</translation>
    </message>
    <message>
        <source>&amp;Watched only</source>
        <translation>&amp;Nur beobachtete</translation>
    </message>
    <message>
        <source>Only the servers you watch (ticked in the Watched column)</source>
        <translation>Nur die Server, die Sie beobachten (in der Spalte „Beobachtet“ angehakt)</translation>
    </message>
</context>
<context>
    <name>btcw::ServerFilterProxyModel</name>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
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
    <message>
        <source>reports another block hash at height %1 than most servers</source>
        <translation>meldet auf Höhe %1 einen anderen Block-Hash als die meisten Server</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>Fork</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>einen anderen Server</translation>
    </message>
    <message>
        <source>discovered from %1 on %2</source>
        <translation>gefunden über %1 am %2</translation>
    </message>
    <message>
        <source>discovered from %1</source>
        <translation>gefunden über %1</translation>
    </message>
    <message>
        <source>announced many peers that could not be verified</source>
        <translation>hat viele Peers gemeldet, die nicht überprüft werden konnten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>peer of %1</source>
        <translation>Peer von %1</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Verfügbarkeit 24 h</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>changed!</source>
        <translation>geändert!</translation>
    </message>
    <message>
        <source>The server presented another certificate than the pinned one. Servers → Certificates… shows both; trust the new one there or forget the pin.</source>
        <translation>Der Server hat ein anderes als das gepinnte Zertifikat vorgelegt. Server → Zertifikate… zeigt beide; vertrauen Sie dort dem neuen oder vergessen Sie den Pin.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>kein Handshake</translation>
    </message>
    <message>
        <source>wrong network</source>
        <translation>falsches Netzwerk</translation>
    </message>
    <message>
        <source>bad features</source>
        <translation>fehlerhafte Features</translation>
    </message>
    <message>
        <source>no valid tip</source>
        <translation>keine gültige Spitze</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Same server as %1</source>
        <translation>Derselbe Server wie %1</translation>
    </message>
    <message>
        <source>Watched: you are told when it goes down, comes back, falls behind or presents another certificate</source>
        <translation>Beobachtet: Sie erfahren, wenn er ausfällt, wieder da ist, zurückfällt oder ein anderes Zertifikat vorlegt</translation>
    </message>
    <message>
        <source>Tick to watch this server</source>
        <translation>Anhaken, um diesen Server zu beobachten</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>served invalid data</source>
        <translation>hat ungültige Daten geliefert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Block arrival is timed for followed servers: watch this server to follow it</source>
        <translation>Die Blockankunft wird für verfolgte Server gemessen: Beobachten Sie diesen Server, um ihn zu verfolgen</translation>
    </message>
    <message>
        <source>Block %1 announced %2 after the first server</source>
        <translation>Block %1 wurde %2 nach dem ersten Server gemeldet</translation>
    </message>
    <message>
        <source>24 hours: median %1, 95th percentile %2 (blocks: %3)</source>
        <translation>24 Stunden: Median %1, 95. Perzentil %2 (Blöcke: %3)</translation>
    </message>
    <message>
        <source>7 days: median %1, 95th percentile %2 (blocks: %3)</source>
        <translation>7 Tage: Median %1, 95. Perzentil %2 (Blöcke: %3)</translation>
    </message>
    <message>
        <source>Its tip is a block no other followed server has at that height: a fork or a stale tip?</source>
        <translation>Seine Spitze ist ein Block, den kein anderer verfolgter Server auf dieser Höhe hat: eine Abspaltung oder eine veraltete Spitze?</translation>
    </message>
    <message>
        <source>Followed: no new block announced yet</source>
        <translation>Verfolgt: noch kein neuer Block gemeldet</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
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
    <message>
        <source>A running Tor&apos;s control port (often 9051), asked how far it has started; its password goes in the Passwords section</source>
        <translation>Der Steuerport eines laufenden Tor (oft 9051), der nach dem Startfortschritt gefragt wird; sein Passwort gehört in den Abschnitt „Passwörter“</translation>
    </message>
    <message>
        <source>&amp;Control port:</source>
        <translation>S&amp;teuerport:</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Passwords cannot be saved: no secret store is available.</source>
        <translation>Passwörter können nicht gespeichert werden: Es ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <source>removed when you press OK</source>
        <translation>wird beim Klick auf OK entfernt</translation>
    </message>
    <message>
        <source>Redis pass&amp;word:</source>
        <translation>Redis-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Tor control p&amp;assword:</source>
        <translation>Tor-Steuerp&amp;asswort:</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Zustandsprüfungen</translation>
    </message>
    <message>
        <source>How many servers a scan checks at the same time</source>
        <translation>Wie viele Server ein Prüflauf gleichzeitig prüft</translation>
    </message>
    <message>
        <source>The most one server&apos;s check may take, from connecting to its last answer</source>
        <translation>Die längste Zeit, die die Prüfung eines Servers dauern darf, vom Verbindungsaufbau bis zur letzten Antwort</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Check the servers of the last scanned network again this often</source>
        <translation>Die Server des zuletzt geprüften Netzwerks in diesem Abstand erneut prüfen</translation>
    </message>
    <message>
        <source>Discover new servers from the healthy ones after a scan</source>
        <translation>Nach einem Prüflauf über die fehlerfreien Server neue Server suchen</translation>
    </message>
    <message>
        <source>Servers checked at &amp;once:</source>
        <translation>Gleich&amp;zeitig geprüfte Server:</translation>
    </message>
    <message>
        <source>Time &amp;budget per server:</source>
        <translation>Zeitbudget pro Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Check &amp;again every:</source>
        <translation>Erneut prüfen a&amp;lle:</translation>
    </message>
    <message>
        <source>Kept in %1, never in the settings file.</source>
        <translation>Gespeichert in: %1; nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; there is no system keychain; passwords are kept unencrypted in %1.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Es gibt keinen Schlüsselbund des Systems; Passwörter werden unverschlüsselt gespeichert in: %1.</translation>
    </message>
    <message>
        <source>stored; type a new one to replace it</source>
        <translation>gespeichert; zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Could not save the Redis password: %1</source>
        <translation>Das Redis-Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the Redis password: %1</source>
        <translation>Das Redis-Passwort konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the Tor control password: %1</source>
        <translation>Das Tor-Steuerpasswort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the Tor control password: %1</source>
        <translation>Das Tor-Steuerpasswort konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>(after a restart)</source>
        <translation>(nach einem Neustart)</translation>
    </message>
    <message>
        <source>BTC Worker reads this setting when it starts</source>
        <translation>BTC Worker liest diese Einstellung beim Start</translation>
    </message>
    <message>
        <source>Let the API query servers on loopback or private networks (your own LAN server)</source>
        <translation>Der API erlauben, Server im Loopback- oder privaten Netz abzufragen (Ihr eigener LAN-Server)</translation>
    </message>
    <message>
        <source>Allow blockchain.transaction.broadcast through the API</source>
        <translation>blockchain.transaction.broadcast über die API erlauben</translation>
    </message>
    <message>
        <source>How long answers that change with each block (balances, histories, fees) are kept; settled answers follow their own, longer rules</source>
        <translation>Wie lange Antworten, die sich mit jedem Block ändern (Guthaben, Verläufe, Gebühren), aufbewahrt werden; feststehende Antworten folgen eigenen, längeren Regeln</translation>
    </message>
    <message>
        <source>%1 set in the environment: it wins over the field here.</source>
        <translation>%1 ist in der Umgebung gesetzt und hat Vorrang vor dem Feld hier.</translation>
    </message>
    <message>
        <source>Settings apply when you press OK, except those marked &quot;after a restart&quot;.</source>
        <translation>Einstellungen gelten, sobald Sie OK drücken, außer den mit „nach einem Neustart“ markierten.</translation>
    </message>
    <message>
        <source>Reads the token from %1 and copies it</source>
        <translation>Liest das Token aus %1 und kopiert es</translation>
    </message>
    <message>
        <source>Running now at %1:%2 (set on the command line); the fields show the saved values used when it starts without those options.</source>
        <translation>Läuft jetzt auf %1:%2 (auf der Befehlszeile gesetzt); die Felder zeigen die gespeicherten Werte, die beim Start ohne diese Optionen gelten.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Use a server&apos;s confirmed .onion twin when Tor is available</source>
        <translation>Den bestätigten .onion-Zwilling eines Servers verwenden, wenn Tor verfügbar ist</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Requests per second one program with the token may send. Automatic: no limit while the API listens on this machine only, 50 when it listens on a network address. 0: no limit.</source>
        <translation>Anfragen pro Sekunde, die ein Programm mit dem Token senden darf. Automatisch: keine Grenze, solange die API nur auf diesem Rechner lauscht, 50, wenn sie auf einer Netzwerkadresse lauscht. 0: keine Grenze.</translation>
    </message>
    <message>
        <source>Rate l&amp;imit:</source>
        <translation>Anfragel&amp;imit:</translation>
    </message>
    <message>
        <source>Watched servers</source>
        <translation>Beobachtete Server</translation>
    </message>
    <message>
        <source>Tell me when one goes down or comes back</source>
        <translation>Melden, wenn einer ausfällt oder wieder da ist</translation>
    </message>
    <message>
        <source>Tell me when one falls behind or catches up</source>
        <translation>Melden, wenn einer zurückfällt oder aufholt</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> Blöcke</translation>
    </message>
    <message>
        <source>A server further behind the best tip of its network than this has fallen behind</source>
        <translation>Ein Server, der weiter als dies hinter der besten Spitze seines Netzes liegt, ist zurückgefallen</translation>
    </message>
    <message>
        <source>Tell me when one presents another certificate</source>
        <translation>Melden, wenn einer ein anderes Zertifikat vorlegt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>After telling of a server, further changes of it wait this long, so a server that comes and goes is not told of again and again</source>
        <translation>Nach einer Meldung zu einem Server warten weitere Änderungen so lange, damit ein Server, der kommt und geht, nicht immer wieder gemeldet wird</translation>
    </message>
    <message>
        <source>&amp;Behind by more than:</source>
        <translation>&amp;Zurück um mehr als:</translation>
    </message>
    <message>
        <source>&amp;Quiet after telling:</source>
        <translation>&amp;Ruhe nach einer Meldung:</translation>
    </message>
    <message>
        <source>Follow every healthy server live, not only the watched ones</source>
        <translation>Jeden gesunden Server live verfolgen, nicht nur die beobachteten</translation>
    </message>
    <message>
        <source>Each followed server keeps one connection open (200 at most), so that the Arrival column can time when it announces each new block</source>
        <translation>Jeder verfolgte Server hält eine Verbindung offen (höchstens 200), damit die Spalte Ankunft messen kann, wann er jeden neuen Block meldet</translation>
    </message>
    <message>
        <source>Tell me when one is on a block no other followed server has</source>
        <translation>Melden, wenn einer auf einem Block ist, den kein anderer verfolgter Server hat</translation>
    </message>
    <message>
        <source>Have each server prove what it serves (a merkle proof, the headers at its tip)</source>
        <translation>Jeden Server beweisen lassen, was er liefert (ein Merkle-Beweis, die Header an seiner Spitze)</translation>
    </message>
</context>
<context>
    <name>btcw::StatusIndicators</name>
    <message numerus="yes">
        <source>%n server(s) shown</source>
        <translation>
            <numerusform>%n Server angezeigt</numerusform>
            <numerusform>%n Server angezeigt</numerusform>
        </translation>
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
        <source>%1 (degraded)</source>
        <translation>%1 (eingeschränkt)</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses, %3 entries, %4 KiB held here</source>
        <translation>%1 Treffer, %2 Fehlgriffe, %3 Einträge, %4 KiB hier gehalten</translation>
    </message>
    <message>
        <source>Tor: starts when needed</source>
        <translation>Tor: startet bei Bedarf</translation>
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
    <message>
        <source>Settings reset</source>
        <translation>Einstellungen zurückgesetzt</translation>
    </message>
</context>
</TS>
