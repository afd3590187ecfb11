<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLine</name>
    <message>
        <source>Browse, check and query Electrum servers; serve a local REST API.</source>
        <translation>Parcourir, vérifier et interroger des serveurs Electrum&#xa0;; servir une API REST locale.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Serve the API without a window (also when there is no display).</source>
        <translation>Servir l’API sans fenêtre (aussi en l’absence d’affichage).</translation>
    </message>
    <message>
        <source>Do not serve the local REST API.</source>
        <translation>Ne pas servir l’API REST locale.</translation>
    </message>
    <message>
        <source>Port of the local API (default 5000).</source>
        <translation>Port de l’API locale (par défaut&#xa0;: 5000).</translation>
    </message>
    <message>
        <source>Address the local API listens on (default 127.0.0.1).</source>
        <translation>Adresse d’écoute de l’API locale (par défaut&#xa0;: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Directory for pins and user servers (default: the app data folder).</source>
        <translation>Répertoire des épinglages et des serveurs de l’utilisateur (par défaut&#xa0;: le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>Allow blockchain.transaction.broadcast through the API.</source>
        <translation>Autoriser blockchain.transaction.broadcast via l’API.</translation>
    </message>
    <message>
        <source>Let the API query servers on loopback or private networks (your own LAN server).</source>
        <translation>Autoriser l’API à interroger des serveurs en boucle locale ou sur des réseaux privés (votre propre serveur du réseau local).</translation>
    </message>
    <message>
        <source>Never use Tor (.onion servers fail).</source>
        <translation>Ne jamais utiliser Tor (les serveurs .onion échouent).</translation>
    </message>
    <message>
        <source>Use the Tor SOCKS5 port at HOST:PORT instead of looking for one.</source>
        <translation>Utiliser le port SOCKS5 de Tor à HOST:PORT au lieu d’en chercher un.</translation>
    </message>
    <message>
        <source>Start our own tor when no running Tor is found.</source>
        <translation>Lancer notre propre tor si aucun Tor en cours d’exécution n’est trouvé.</translation>
    </message>
    <message>
        <source>Route every server connection through Tor, never directly.</source>
        <translation>Faire passer toutes les connexions aux serveurs par Tor, jamais en direct.</translation>
    </message>
    <message>
        <source>Read the API&apos;s bearer token from this owner-only file instead of writing a fresh one to &lt;data-dir&gt;/api.cookie at every start.</source>
        <translation>Lire le jeton bearer de l’API dans ce fichier réservé à son propriétaire au lieu d’en écrire un nouveau dans &lt;data-dir&gt;/api.cookie à chaque démarrage.</translation>
    </message>
    <message>
        <source>Serve the API without a bearer token (only allowed on a loopback address).</source>
        <translation>Servir l’API sans jeton bearer (autorisé uniquement sur une adresse de boucle locale).</translation>
    </message>
</context>
<context>
    <name>btcw::AddServerDialog</name>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>electrum.example.org:50002:s</source>
        <translation>electrum.example.org:50002:s</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>host:port:s for TLS, host:port:t for plain TCP; IPv6 in brackets, .onion needs Tor.</source>
        <translation>host:port:s pour TLS, host:port:t pour TCP simple&#xa0;; IPv6 entre crochets, .onion nécessite Tor.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the server as host:port:s (TLS) or host:port:t (TCP).</source>
        <translation>Saisissez le serveur sous la forme host:port:s (TLS) ou host:port:t (TCP).</translation>
    </message>
    <message>
        <source>Adds %1 with TLS port %2 to %3.</source>
        <translation>Ajoute %1 avec le port TLS %2 à %3.</translation>
    </message>
    <message>
        <source>Adds %1 with TCP port %2 to %3 (not encrypted).</source>
        <translation>Ajoute %1 avec le port TCP %2 à %3 (non chiffré).</translation>
    </message>
    <message>
        <source>Connections go through Tor.</source>
        <translation>Les connexions passent par Tor.</translation>
    </message>
</context>
<context>
    <name>btcw::ElectrumMethods</name>
    <message>
        <source>The block header at a height, as hex.</source>
        <translation>L’en-tête du bloc à une hauteur donnée, en hexadécimal.</translation>
    </message>
    <message>
        <source>A run of consecutive block headers (one hex string, or a list in 1.6).</source>
        <translation>Une suite d’en-têtes de blocs consécutifs (une chaîne hexadécimale, ou une liste en 1.6).</translation>
    </message>
    <message>
        <source>Fee rate in BTC/kB to confirm within that many blocks; -1 if unknown.</source>
        <translation>Taux de frais en BTC/ko pour une confirmation en autant de blocs&#xa0;; -1 si inconnu.</translation>
    </message>
    <message>
        <source>The current tip: {height, hex}.</source>
        <translation>La pointe actuelle&#xa0;: {height, hex}.</translation>
    </message>
    <message>
        <source>The minimum relay fee in BTC/kB (removed in protocol 1.6).</source>
        <translation>Les frais de relais minimaux en BTC/ko (supprimés dans le protocole 1.6).</translation>
    </message>
    <message>
        <source>Confirmed and unconfirmed balance of a script hash, in satoshis.</source>
        <translation>Solde confirmé et non confirmé d’un hachage de script, en satoshis.</translation>
    </message>
    <message>
        <source>Confirmed and mempool transactions of a script hash.</source>
        <translation>Transactions confirmées et en mempool d’un hachage de script.</translation>
    </message>
    <message>
        <source>Mempool transactions of a script hash.</source>
        <translation>Transactions en mempool d’un hachage de script.</translation>
    </message>
    <message>
        <source>Unspent outputs of a script hash.</source>
        <translation>Sorties non dépensées d’un hachage de script.</translation>
    </message>
    <message>
        <source>The status hash of a script hash (null if no history).</source>
        <translation>Le hachage d’état d’un hachage de script (null s’il n’a pas d’historique).</translation>
    </message>
    <message>
        <source>Stops notifications for a script hash.</source>
        <translation>Arrête les notifications pour un hachage de script.</translation>
    </message>
    <message>
        <source>Broadcasts a raw transaction (changes the network; the API may forbid it).</source>
        <translation>Diffuse une transaction brute (modifie le réseau&#xa0;; l’API peut l’interdire).</translation>
    </message>
    <message>
        <source>Broadcasts a package of transactions.</source>
        <translation>Diffuse un paquet de transactions.</translation>
    </message>
    <message>
        <source>A transaction as raw hex (or decoded, if verbose).</source>
        <translation>Une transaction en hexadécimal brut (ou décodée, si verbose).</translation>
    </message>
    <message>
        <source>The merkle branch proving a transaction in its block.</source>
        <translation>La branche de Merkle prouvant une transaction dans son bloc.</translation>
    </message>
    <message>
        <source>The transaction id at a position in a block.</source>
        <translation>L’identifiant de la transaction à une position d’un bloc.</translation>
    </message>
    <message>
        <source>The mempool&apos;s fee histogram: [[fee_rate, vsize], …].</source>
        <translation>L’histogramme des frais de la mempool&#xa0;: [[fee_rate, vsize], …].</translation>
    </message>
    <message>
        <source>Mempool minimum fee, relay fee and incremental fee.</source>
        <translation>Frais minimaux de la mempool, frais de relais et frais incrémentaux.</translation>
    </message>
    <message>
        <source>Asks the server to add a peer (its features).</source>
        <translation>Demande au serveur d’ajouter un pair (ses fonctionnalités).</translation>
    </message>
    <message>
        <source>The server&apos;s banner text.</source>
        <translation>Le texte de bannière du serveur.</translation>
    </message>
    <message>
        <source>The operator&apos;s donation address.</source>
        <translation>L’adresse de don de l’opérateur.</translation>
    </message>
    <message>
        <source>Genesis hash, hosts, protocol range, software and pruning of the server.</source>
        <translation>Hachage de genèse, hôtes, plage de protocoles, logiciel et élagage du serveur.</translation>
    </message>
    <message>
        <source>The peers the server knows: [[ip, host, [features]], …].</source>
        <translation>Les pairs connus du serveur&#xa0;: [[ip, host, [features]], …].</translation>
    </message>
    <message>
        <source>Keeps the connection alive; answers null.</source>
        <translation>Maintient la connexion active&#xa0;; répond null.</translation>
    </message>
    <message>
        <source>Software and negotiated protocol (the session already negotiated it).</source>
        <translation>Logiciel et protocole négocié (la session l’a déjà négocié).</translation>
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
        <translation>%1 sur %2 vérifiés</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>Vérification terminée.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarrée</translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <translation>&amp;Tout vérifier</translation>
    </message>
    <message>
        <source>Check every server the table shows (F5)</source>
        <translation>Vérifier tous les serveurs affichés dans le tableau (F5)</translation>
    </message>
    <message>
        <source>C&amp;ancel check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>&amp;Ajouter un serveur…</translation>
    </message>
    <message>
        <source>&amp;Import servers.json…</source>
        <translation>&amp;Importer servers.json…</translation>
    </message>
    <message>
        <source>&amp;Export servers.json…</source>
        <translation>&amp;Exporter servers.json…</translation>
    </message>
    <message>
        <source>&amp;Query console</source>
        <translation>&amp;Console de requêtes</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Seed order</source>
        <translation>&amp;Ordre de la liste</translation>
    </message>
    <message>
        <source>Hostnames, then onion, then IP addresses, as the server list has them</source>
        <translation>Noms d’hôte, puis onion, puis adresses IP, comme dans la liste des serveurs</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Serveurs</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About BTC Worker</source>
        <translation>À &amp;propos de BTC Worker</translation>
    </message>
    <message>
        <source>About BTC Worker</source>
        <translation>À propos de BTC Worker</translation>
    </message>
    <message>
        <source>BTC Worker %1
Browse, check and query Electrum servers; a local REST API serves the same queries.</source>
        <translation>BTC Worker %1
Parcourez, vérifiez et interrogez des serveurs Electrum&#xa0;; une API REST locale répond aux mêmes requêtes.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Filter by host (Ctrl+F)</source>
        <translation>Filtrer par hôte (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Onion only</source>
        <translation>&amp;Onion uniquement</translation>
    </message>
    <message>
        <source>&amp;TLS only</source>
        <translation>&amp;TLS uniquement</translation>
    </message>
    <message>
        <source>&amp;Up only</source>
        <translation>&amp;En ligne uniquement</translation>
    </message>
    <message>
        <source>Query console</source>
        <translation>Console de requêtes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) shown</source>
        <translation>
            <numerusform>%n serveur affiché</numerusform>
            <numerusform>%n serveurs affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>Tor: off</source>
        <translation>Tor&#xa0;: désactivé</translation>
    </message>
    <message>
        <source>Tor: detecting…</source>
        <translation>Tor&#xa0;: détection…</translation>
    </message>
    <message>
        <source>Tor: detected at %1</source>
        <translation>Tor&#xa0;: détecté à %1</translation>
    </message>
    <message>
        <source>Tor: launching</source>
        <translation>Tor&#xa0;: lancement</translation>
    </message>
    <message>
        <source>Tor: bootstrapping %1%</source>
        <translation>Tor&#xa0;: amorçage %1&#xa0;%</translation>
    </message>
    <message>
        <source>Tor: ready at %1</source>
        <translation>Tor&#xa0;: prêt à %1</translation>
    </message>
    <message>
        <source>Tor: unavailable</source>
        <translation>Tor&#xa0;: indisponible</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local REST API listens here</source>
        <translation>L’API REST locale écoute ici</translation>
    </message>
    <message>
        <source>API: off</source>
        <translation>API&#xa0;: désactivée</translation>
    </message>
    <message>
        <source>API: off (%1)</source>
        <translation>API&#xa0;: désactivée (%1)</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>No server to check.</source>
        <translation>Aucun serveur à vérifier.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Query…</source>
        <translation>&amp;Interroger…</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copier l’&amp;adresse</translation>
    </message>
    <message>
        <source>Copy c&amp;url for the API</source>
        <translation>Copier la commande c&amp;url pour l’API</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove servers</source>
        <translation>Supprimer des serveurs</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Import servers.json into %1</source>
        <translation>Importer servers.json dans %1</translation>
    </message>
    <message>
        <source>Electrum server lists (*.json)</source>
        <translation>Listes de serveurs Electrum (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import servers</source>
        <translation>Importer des serveurs</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s) into %1.</source>
        <translation>
            <numerusform>%n serveur importé dans %1.</numerusform>
            <numerusform>%n serveurs importés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some entries were skipped:</source>
        <translation>Certaines entrées ont été ignorées&#xa0;:</translation>
    </message>
    <message>
        <source>Export %1 servers as servers.json</source>
        <translation>Exporter les serveurs %1 en servers.json</translation>
    </message>
    <message>
        <source>Export servers</source>
        <translation>Exporter des serveurs</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported the %1 servers to %2.</source>
        <translation>Les serveurs %1 ont été exportés vers %2.</translation>
    </message>
    <message>
        <source>C&amp;lear response cache</source>
        <translation>&amp;Vider le cache des réponses</translation>
    </message>
    <message>
        <source>The response cache was cleared.</source>
        <translation>Le cache des réponses a été vidé.</translation>
    </message>
    <message>
        <source>%1 (degraded)</source>
        <translation>%1 (dégradé)</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses, %3 entries, %4 KiB held here</source>
        <translation>%1 succès, %2 échecs, %3 entrées, %4 Kio conservés ici</translation>
    </message>
</context>
<context>
    <name>btcw::QueryConsole</name>
    <message>
        <source>host:port:s (TLS) or host:port:t (TCP)</source>
        <translation>host:port:s (TLS) ou host:port:t (TCP)</translation>
    </message>
    <message>
        <source>JSON array, e.g. [] or [&quot;&lt;scripthash&gt;&quot;]</source>
        <translation>Tableau JSON, p. ex. [] ou [&quot;&lt;scripthash&gt;&quot;]</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en &amp;curl</translation>
    </message>
    <message>
        <source>Copy the equivalent call to the local API</source>
        <translation>Copier l’appel équivalent à l’API locale</translation>
    </message>
    <message>
        <source>The result appears here.</source>
        <translation>Le résultat s’affiche ici.</translation>
    </message>
    <message>
        <source>Earlier queries; activate one to load it again</source>
        <translation>Requêtes précédentes&#xa0;; activez-en une pour la recharger</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Params:</source>
        <translation>&amp;Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The parameters are not valid JSON: %1 at character %2.</source>
        <translation>Les paramètres ne sont pas du JSON valide&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>The parameters must be a JSON array, like [] or [&quot;abc&quot;, 1].</source>
        <translation>Les paramètres doivent être un tableau JSON, comme [] ou [&quot;abc&quot;, 1].</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Choisissez d’abord un serveur.</translation>
    </message>
    <message>
        <source>Parameters: %1 — %2</source>
        <translation>Paramètres&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>(protocol %1 and later)</source>
        <translation>(protocole %1 et suivants)</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>nouvelle connexion</translation>
    </message>
    <message>
        <source>pooled connection</source>
        <translation>connexion réutilisée</translation>
    </message>
    <message>
        <source>Answered in %1 ms (%2, protocol %3)</source>
        <translation>Réponse en %1 ms (%2, protocole %3)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server error code %1</source>
        <translation>Code d’erreur du serveur %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Copied the curl command for the local API.</source>
        <translation>La commande curl pour l’API locale a été copiée.</translation>
    </message>
</context>
<context>
    <name>btcw::ServerCheckRunner</name>
    <message>
        <source>The server has neither a TCP nor a TLS port.</source>
        <translation>Le serveur n’a ni port TCP ni port TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s tip header has no height.</source>
        <translation>L’en-tête de pointe du serveur n’a pas de hauteur.</translation>
    </message>
</context>
<context>
    <name>btcw::ServerDetailsPane</name>
    <message>
        <source>&amp;Fetch features and banner</source>
        <translation>&amp;Récupérer les fonctionnalités et la bannière</translation>
    </message>
    <message>
        <source>Select a server to see its details.</source>
        <translation>Sélectionnez un serveur pour voir ses détails.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Tip height</source>
        <translation>Hauteur de la pointe</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Negotiated protocol</source>
        <translation>Protocole négocié</translation>
    </message>
    <message>
        <source>Listed protocol</source>
        <translation>Protocole listé</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation>SHA-256 du certificat</translation>
    </message>
    <message>
        <source>Pinned since</source>
        <translation>Épinglé depuis</translation>
    </message>
    <message>
        <source>Re-trusted</source>
        <translation>Réapprouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>pas encore vu</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>Fetching features and banner…</source>
        <translation>Récupération des fonctionnalités et de la bannière…</translation>
    </message>
    <message>
        <source>The server has neither a TCP nor a TLS port.</source>
        <translation>Le serveur n’a ni port TCP ni port TLS.</translation>
    </message>
    <message>
        <source>Could not fetch the details: %1</source>
        <translation>Impossible de récupérer les détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>No banner: %1</source>
        <translation>Pas de bannière&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>btcw::ServerTableModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>nom d’hôte</translation>
    </message>
    <message>
        <source>onion</source>
        <translation>onion</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sans TLS</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>non épinglé</translation>
    </message>
    <message>
        <source>pinned (re-trusted)</source>
        <translation>épinglé (réapprouvé)</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
</context>
<context>
    <name>btcw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Use Tor for .onion servers</source>
        <translation>Utiliser Tor pour les serveurs .onion</translation>
    </message>
    <message>
        <source>Detect a running Tor (ports 9050 and 9150)</source>
        <translation>Détecter un Tor en cours d’exécution (ports 9050 et 9150)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Launch our own tor when none is found</source>
        <translation>Lancer notre propre tor si aucun n’est trouvé</translation>
    </message>
    <message>
        <source>Route every server through Tor</source>
        <translation>Faire passer tous les serveurs par Tor</translation>
    </message>
    <message>
        <source>SOCKS &amp;host:</source>
        <translation>&amp;Hôte SOCKS&#xa0;:</translation>
    </message>
    <message>
        <source>SOCKS &amp;port:</source>
        <translation>&amp;Port SOCKS&#xa0;:</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <source>Serve the local REST API</source>
        <translation>Servir l’API REST locale</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Adresse d’écoute&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>empty: keep the cache in memory</source>
        <translation>vide&#xa0;: garder le cache en mémoire</translation>
    </message>
    <message>
        <source>&amp;Time to live:</source>
        <translation>&amp;Durée de vie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Redis host:</source>
        <translation>Hôte &amp;Redis&#xa0;:</translation>
    </message>
    <message>
        <source>Redis p&amp;ort:</source>
        <translation>Port Redi&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Check the servers shown when the window opens</source>
        <translation>Vérifier les serveurs affichés à l’ouverture de la fenêtre</translation>
    </message>
    <message>
        <source>Changes take effect the next time BTC Worker starts.</source>
        <translation>Les modifications prendront effet au prochain démarrage de BTC Worker.</translation>
    </message>
    <message>
        <source>Keep a persistent token (in the system keychain)</source>
        <translation>Conserver un jeton permanent (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Off: a new token in api.cookie every start. On: one token that stays the same, kept in the system keychain, or in a file readable only by you when there is no keychain.</source>
        <translation>Désactivé&#xa0;: un nouveau jeton dans api.cookie à chaque démarrage. Activé&#xa0;: un seul jeton qui ne change pas, conservé dans le trousseau du système ou, sans trousseau, dans un fichier lisible par vous seul.</translation>
    </message>
    <message>
        <source>the API is not running</source>
        <translation>l’API n’est pas en cours d’exécution</translation>
    </message>
    <message>
        <source>Copy curl example</source>
        <translation>Copier un exemple curl</translation>
    </message>
    <message>
        <source>Current token:</source>
        <translation>Jeton actuel&#xa0;:</translation>
    </message>
    <message>
        <source>no token file</source>
        <translation>aucun fichier de jeton</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>The token is not in a file a command could read: copy it and send it as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Le jeton n’est pas dans un fichier qu’une commande pourrait lire&#xa0;: copiez-le et envoyez-le sous la forme &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The local API is turned off.</source>
        <translation>L’API locale est désactivée.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
</TS>
