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
        <source>Allow methods that change the server or the network (transaction broadcasts, server.add_peer).</source>
        <translation>Autoriser les méthodes qui modifient le serveur ou le réseau (diffusion de transactions, server.add_peer).</translation>
    </message>
    <message>
        <source>Forward Electrum methods that BTC Worker does not know.</source>
        <translation>Transmettre les méthodes Electrum que BTC Worker ne connaît pas.</translation>
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
    <message>
        <source>Check every server of this network at start (mainnet, testnet, testnet4, signet, regtest), then discover peers.</source>
        <translation>Vérifier au démarrage tous les serveurs de ce réseau (mainnet, testnet, testnet4, signet, regtest), puis découvrir des pairs.</translation>
    </message>
    <message>
        <source>Scan at start and again every this many minutes (0 = never; default: settings).</source>
        <translation>Analyser au démarrage, puis de nouveau à cet intervalle en minutes (0 = jamais&#xa0;; par défaut&#xa0;: selon les paramètres).</translation>
    </message>
    <message>
        <source>Start our own tor at start when no running Tor is found (by default it starts on the first request that needs Tor).</source>
        <translation>Lancer notre propre tor dès le démarrage si aucun Tor n’est trouvé (par défaut, il est lancé à la première requête qui a besoin de Tor).</translation>
    </message>
    <message>
        <source>Never start our own tor; use only a Tor that is running.</source>
        <translation>Ne jamais lancer notre propre tor ; n’utiliser qu’un Tor déjà en cours d’exécution.</translation>
    </message>
    <message>
        <source>Use only the Tor SOCKS5 port at HOST:PORT: never look for another (9050, 9150); if it does not answer, say so (and start our own tor unless --no-launch-tor).</source>
        <translation>Utiliser uniquement le port SOCKS5 de Tor HÔTE:PORT : ne jamais en chercher un autre (9050, 9150) ; s’il ne répond pas, le dire (et lancer notre propre tor sauf avec --no-launch-tor).</translation>
    </message>
    <message>
        <source>Requests per second one client with the token may send (0: no limit). Default: no limit when the API listens on loopback, 50 otherwise.</source>
        <translation>Requêtes par seconde qu’un client muni du jeton peut envoyer (0 : sans limite). Par défaut : sans limite quand l’API écoute en boucle locale, 50 sinon.</translation>
    </message>
    <message>
        <source>Run this command when a watched server goes down, comes back, falls behind or presents another certificate; it reads the event as JSON on standard input.</source>
        <translation>Lancer cette commande quand un serveur surveillé tombe, revient, prend du retard ou présente un autre certificat ; elle lit l’événement en JSON sur l’entrée standard.</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>no answer within the %1 s budget</source>
        <translation>pas de réponse dans le délai de %1 s</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>connected through Tor</source>
        <translation>connecté via Tor</translation>
    </message>
    <message>
        <source>certificate pinned on first use</source>
        <translation>certificat épinglé à la première utilisation</translation>
    </message>
    <message>
        <source>certificate matches the pin from %1</source>
        <translation>le certificat correspond à celui épinglé le %1</translation>
    </message>
    <message>
        <source>a CA-signed certificate replaced the one pinned on %1</source>
        <translation>un certificat signé par une AC a remplacé celui épinglé le %1</translation>
    </message>
    <message>
        <source>certificate changed since %1</source>
        <translation>certificat modifié depuis le %1</translation>
    </message>
    <message>
        <source>certificate changed since it was pinned</source>
        <translation>certificat modifié depuis son épinglage</translation>
    </message>
    <message>
        <source>protocol %1, %2</source>
        <translation>protocole %1, %2</translation>
    </message>
    <message>
        <source>the reply to server.features is not an object</source>
        <translation>la réponse à server.features n’est pas un objet</translation>
    </message>
    <message>
        <source>no genesis hash, expected %1&apos;s</source>
        <translation>pas de hash genesis, celui de %1 était attendu</translation>
    </message>
    <message>
        <source>genesis is %1&apos;s, expected %2</source>
        <translation>le genesis est celui de %1, %2 attendu</translation>
    </message>
    <message>
        <source>genesis is %1 (no known network), expected %2</source>
        <translation>le genesis est %1 (aucun réseau connu), %2 attendu</translation>
    </message>
    <message>
        <source>hash function is %1, expected sha256</source>
        <translation>la fonction de hachage est %1, sha256 attendu</translation>
    </message>
    <message>
        <source>genesis matches %1</source>
        <translation>le genesis correspond à %1</translation>
    </message>
    <message>
        <source>%1 is not among the hosts the server lists (it lists none)</source>
        <translation>%1 ne figure pas parmi les hôtes qu’indique le serveur (il n’en indique aucun)</translation>
    </message>
    <message>
        <source>%1 is not among the hosts the server lists (%2)</source>
        <translation>%1 ne figure pas parmi les hôtes qu’indique le serveur (%2)</translation>
    </message>
    <message>
        <source>the server lists %1 without a %2</source>
        <translation>le serveur indique %1 sans %2</translation>
    </message>
    <message>
        <source>the server lists %1 with %2 %3, not %4</source>
        <translation>le serveur indique %1 avec %2 %3, pas %4</translation>
    </message>
    <message>
        <source>the tip reply is not a height and an 80-byte header</source>
        <translation>la réponse sur le sommet n’est pas une hauteur avec un en-tête de 80 octets</translation>
    </message>
    <message>
        <source>height %1, hash %2</source>
        <translation>hauteur %1, hash %2</translation>
    </message>
    <message>
        <source>header %1 is not an 80-byte header</source>
        <translation>l’en-tête %1 n’est pas un en-tête de 80 octets</translation>
    </message>
    <message>
        <source>header %1 hashes to %2, expected %3</source>
        <translation>l’en-tête %1 a le hash %2, %3 attendu</translation>
    </message>
    <message>
        <source>header %1 hashes to %2, expected %3 (the %4 genesis)</source>
        <translation>l’en-tête %1 a le hash %2, %3 attendu (le genesis de %4)</translation>
    </message>
    <message>
        <source>header %1 matches the expected hash</source>
        <translation>l’en-tête %1 correspond au hash attendu</translation>
    </message>
    <message>
        <source>header %1 matches the %2 genesis</source>
        <translation>l’en-tête %1 correspond au genesis de %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>the input is not valid</source>
        <translation>l’entrée n’est pas valide</translation>
    </message>
    <message>
        <source>the address is not valid or not allowed</source>
        <translation>l’adresse n’est pas valide ou pas autorisée</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>le nom d’hôte est introuvable</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on that port</source>
        <translation>connexion refusée&#xa0;: rien n’écoute sur ce port</translation>
    </message>
    <message>
        <source>the host cannot be reached</source>
        <translation>l’hôte est injoignable</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <source>the certificate changed since it was pinned</source>
        <translation>le certificat a changé depuis son épinglage</translation>
    </message>
    <message>
        <source>the server broke the Electrum protocol</source>
        <translation>le serveur a enfreint le protocole Electrum</translation>
    </message>
    <message>
        <source>the server answered with an error</source>
        <translation>le serveur a répondu par une erreur</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation>la réponse est trop grande</translation>
    </message>
    <message>
        <source>the connection closed before an answer</source>
        <translation>la connexion s’est fermée avant une réponse</translation>
    </message>
    <message>
        <source>the Tor proxy could not connect</source>
        <translation>le proxy Tor n’a pas pu se connecter</translation>
    </message>
    <message>
        <source>Tor is needed and not available</source>
        <translation>Tor est nécessaire et indisponible</translation>
    </message>
    <message>
        <source>too many requests are waiting</source>
        <translation>trop de requêtes en attente</translation>
    </message>
    <message>
        <source>the settings do not allow it</source>
        <translation>les paramètres ne le permettent pas</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>not possible right now</source>
        <translation>impossible pour le moment</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>une erreur interne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Sommet</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>trusted on first use</source>
        <translation>approuvé à la première utilisation</translation>
    </message>
    <message>
        <source>matches the pinned certificate</source>
        <translation>correspond au certificat épinglé</translation>
    </message>
    <message>
        <source>changed since it was pinned</source>
        <translation>modifié depuis son épinglage</translation>
    </message>
    <message>
        <source>replaced by a CA-signed certificate</source>
        <translation>remplacé par un certificat signé par une AC</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>verdict stage</comment>
        <translation>connexion</translation>
    </message>
    <message>
        <source>tls</source>
        <comment>verdict stage</comment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>version</source>
        <comment>verdict stage</comment>
        <translation>version</translation>
    </message>
    <message>
        <source>features</source>
        <comment>verdict stage</comment>
        <translation>fonctionnalités</translation>
    </message>
    <message>
        <source>tip</source>
        <comment>verdict stage</comment>
        <translation>sommet</translation>
    </message>
    <message>
        <source>header</source>
        <comment>verdict stage</comment>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>ping</source>
        <comment>verdict stage</comment>
        <translation>ping</translation>
    </message>
    <message>
        <source>redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>“%1” is not a method of the Electrum protocol 1.4 to 1.6 that BTC Worker knows; start btc-worker with --allow-unknown-methods to send other methods</source>
        <translation>« %1 » n’est pas une méthode du protocole Electrum 1.4 à 1.6 connue de BTC Worker ; lancez btc-worker avec --allow-unknown-methods pour envoyer d’autres méthodes</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s or the network&apos;s state (a broadcast, a new peer) and is turned off; start btc-worker with --allow-broadcast to send it</source>
        <translation>« %1 » modifie l’état du serveur ou du réseau (une diffusion, un nouveau pair) et est désactivée ; lancez btc-worker avec --allow-broadcast pour l’envoyer</translation>
    </message>
    <message>
        <source>the server address is empty</source>
        <translation>l’adresse du serveur est vide</translation>
    </message>
    <message>
        <source>“%1.onion” is a version 2 onion address; Tor no longer supports v2 onion services, use the server&apos;s 56-character v3 address</source>
        <translation>« %1.onion » est une adresse onion de version 2 ; Tor ne prend plus en charge les services onion v2, utilisez l’adresse v3 de 56 caractères du serveur</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: a v3 onion address has 56 characters before .onion, this one has %2</source>
        <translation>« %1.onion » n’est pas une adresse onion valide : une adresse onion v3 a 56 caractères avant .onion, celle-ci en a %2</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: “%2” is not a base32 character (a–z, 2–7)</source>
        <translation>« %1.onion » n’est pas une adresse onion valide : « %2 » n’est pas un caractère base32 (a–z, 2–7)</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: its version byte is %2, expected 3</source>
        <translation>« %1.onion » n’est pas une adresse onion valide : son octet de version vaut %2, 3 attendu</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: its checksum does not match, probably a typo</source>
        <translation>« %1.onion » n’est pas une adresse onion valide : sa somme de contrôle ne correspond pas, sans doute une faute de frappe</translation>
    </message>
    <message>
        <source>“%1” is not a valid onion address: nothing comes before .onion</source>
        <translation>« %1 » n’est pas une adresse onion valide : rien ne précède .onion</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: it has an empty part between dots</source>
        <translation>« %1 » n’est pas un nom d’hôte valide : une partie entre deux points est vide</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: the part “%2” is longer than 63 characters</source>
        <translation>« %1 » n’est pas un nom d’hôte valide : la partie « %2 » dépasse 63 caractères</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: “%2” is not allowed, use letters a–z, digits and hyphens</source>
        <translation>« %1 » n’est pas un nom d’hôte valide : « %2 » est interdit, utilisez les lettres a–z, les chiffres et les tirets</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: the part “%2” starts or ends with a hyphen</source>
        <translation>« %1 » n’est pas un nom d’hôte valide : la partie « %2 » commence ou finit par un tiret</translation>
    </message>
    <message>
        <source>“%1…” is not a valid host name: it is longer than 253 characters</source>
        <translation>« %1… » n’est pas un nom d’hôte valide : il dépasse 253 caractères</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address</source>
        <translation>« %1 » n’est pas une adresse IPv4 valide</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address</source>
        <translation>« %1 » n’est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>“%1”: IPv6 zone ids (the part after %) are not supported</source>
        <translation>« %1 » : les identifiants de zone IPv6 (la partie après %) ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>“%1” has an opening “[” without a closing “]”</source>
        <translation>« %1 » a un « [ » ouvrant sans « ] » fermant</translation>
    </message>
    <message>
        <source>“%1”: expected “:port” after the closing “]”</source>
        <translation>« %1 » : « :port » attendu après le « ] » fermant</translation>
    </message>
    <message>
        <source>“%1” has too many “:” parts; write host:port:t|s, and put IPv6 addresses in brackets like [::1]:50002:s</source>
        <translation>« %1 » a trop de parties « : » ; écrivez hôte:port:t|s et mettez les adresses IPv6 entre crochets comme [::1]:50002:s</translation>
    </message>
    <message>
        <source>“%1” has an empty port</source>
        <translation>« %1 » a un port vide</translation>
    </message>
    <message>
        <source>“%1” is not a port number: use digits only</source>
        <translation>« %1 » n’est pas un numéro de port : chiffres uniquement</translation>
    </message>
    <message>
        <source>port %1 is out of range 1–65535</source>
        <translation>le port %1 est hors de la plage 1–65535</translation>
    </message>
    <message>
        <source>unknown transport “%1”: use t (TCP) or s (TLS)</source>
        <translation>transport inconnu « %1 » : utilisez t (TCP) ou s (TLS)</translation>
    </message>
    <message>
        <source>unknown scheme “%1”: use tcp:// or ssl://</source>
        <translation>schéma inconnu « %1 » : utilisez tcp:// ou ssl://</translation>
    </message>
    <message>
        <source>“%1”: the scheme says %2 but the letter says %3</source>
        <translation>« %1 » : le schéma indique %2 mais la lettre indique %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>protocol handshake (server.version)</source>
        <translation>négociation du protocole (server.version)</translation>
    </message>
    <message>
        <source>waiting for the answer</source>
        <translation>attente de la réponse</translation>
    </message>
    <message>
        <source>checking the target</source>
        <translation>vérification de la cible</translation>
    </message>
    <message>
        <source>Tor is off</source>
        <translation>Tor est désactivé</translation>
    </message>
    <message>
        <source>Tor is switched off in the settings (turn on “Use Tor for .onion servers”, or start without --no-tor)</source>
        <translation>Tor est désactivé dans les paramètres (activez « Utiliser Tor pour les serveurs .onion » ou lancez sans --no-tor)</translation>
    </message>
    <message>
        <source>still looking for Tor</source>
        <translation>recherche de Tor en cours</translation>
    </message>
    <message>
        <source>the Tor at control port %1 does not list %2 among its SOCKS ports (%3): something else answers there, so no names are sent to it</source>
        <translation>le Tor du port de contrôle %1 ne liste pas %2 parmi ses ports SOCKS (%3) : autre chose répond là, donc aucun nom ne lui est envoyé</translation>
    </message>
    <message>
        <source>no Tor endpoint configured and auto-detection is off</source>
        <translation>aucun point d’accès Tor configuré et la détection automatique est désactivée</translation>
    </message>
    <message>
        <source>the configured Tor SOCKS port %1 does not answer (%2); no other port (9050, 9150) is tried</source>
        <translation>le port SOCKS de Tor configuré %1 ne répond pas (%2) ; aucun autre port (9050, 9150) n’est essayé</translation>
    </message>
    <message>
        <source>no running Tor found (%1)</source>
        <translation>aucun Tor en cours d’exécution trouvé (%1)</translation>
    </message>
    <message>
        <source>%1; launching tor is not allowed in the settings (to allow it, turn on “Launch our own tor when none is found” in the settings&apos; Tor section, or start with --launch-tor)</source>
        <translation>%1 ; les paramètres n’autorisent pas à lancer tor (pour l’autoriser, activez « Lancer notre propre tor si aucun n’est trouvé » dans la section Tor des paramètres, ou lancez avec --launch-tor)</translation>
    </message>
    <message>
        <source>Tor is not running and no tor program was found (“%1” not found; %2); install it (Debian/Ubuntu: sudo apt install tor) or start Tor Browser</source>
        <translation>Tor ne tourne pas et aucun programme tor n’a été trouvé (« %1 » introuvable ; %2) ; installez-le (Debian/Ubuntu : sudo apt install tor) ou lancez Tor Browser</translation>
    </message>
    <message>
        <source>Tor is not running; BTC Worker starts its own tor when a server first needs it</source>
        <translation>Tor ne tourne pas ; BTC Worker lance son propre tor dès qu’un serveur en a besoin</translation>
    </message>
    <message>
        <source>Tor is still starting (launching tor)</source>
        <translation>Tor démarre encore (lancement de tor)</translation>
    </message>
    <message>
        <source>Tor is still starting (bootstrapped %1%)</source>
        <translation>Tor démarre encore (amorçage à %1%)</translation>
    </message>
    <message>
        <source>our own tor could not be started or stopped running</source>
        <translation>notre propre tor n’a pas pu démarrer ou s’est arrêté</translation>
    </message>
    <message>
        <source>our own tor could not be started or stopped running (tor said: %1)</source>
        <translation>notre propre tor n’a pas pu démarrer ou s’est arrêté (tor a dit : %1)</translation>
    </message>
    <message>
        <source>“%1” is not a Bitcoin address (check it for typos and for the network)</source>
        <translation>« %1 » n’est pas une adresse Bitcoin (vérifiez les fautes de frappe et le réseau)</translation>
    </message>
    <message>
        <source>served invalid data</source>
        <translation>a servi des données invalides</translation>
    </message>
    <message>
        <source>merkle proof at height 0 and headers %1 to %2 verified</source>
        <translation>preuve de Merkle à la hauteur 0 et en-têtes %1 à %2 vérifiés</translation>
    </message>
    <message>
        <source>the answer failed verification</source>
        <translation>la réponse a échoué à la vérification</translation>
    </message>
    <message>
        <source>the servers did not agree</source>
        <translation>les serveurs ne sont pas d’accord</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>proof</source>
        <comment>verdict stage</comment>
        <translation>preuve</translation>
    </message>
</context>
<context>
    <name>SettingsGuard</name>
    <message>
        <source>The settings file %1 is damaged: it is not a readable INI file.</source>
        <translation>Le fichier de paramètres %1 est endommagé&#xa0;: ce n’est pas un fichier INI lisible.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier de paramètres %1.</translation>
    </message>
    <message>
        <source>BTC Worker starts with default settings; the original file is kept as %1.</source>
        <translation>BTC Worker démarre avec les paramètres par défaut&#xa0;; le fichier d’origine est conservé sous %1.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1). Copy it somewhere safe before changing any setting: saving settings rewrites it.</source>
        <translation>Il n’a pas pu être mis de côté (%1). Copiez-le en lieu sûr avant de modifier un paramètre&#xa0;: l’enregistrement des paramètres le réécrit.</translation>
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
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Runs the staged health check on this address without adding it</source>
        <translation>Exécute la vérification par étapes sur cette adresse sans l’ajouter</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reachable: every stage passed in %1 ms.</source>
        <translation>Joignable&#xa0;: toutes les étapes réussies en %1 ms.</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Échec à %1&#xa0;: %2</translation>
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
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Hash du bloc</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <translation>Bloc précédent</translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation>Racine de Merkle</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>mempool</source>
        <translation>mempool</translation>
    </message>
    <message>
        <source>mempool (unconfirmed parents)</source>
        <translation>mempool (parents non confirmés)</translation>
    </message>
    <message>
        <source>Fee rate</source>
        <translation>Taux de frais</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>not known to the server</source>
        <translation>inconnue du serveur</translation>
    </message>
    <message>
        <source>BTC per kvB</source>
        <translation>BTC par kvB</translation>
    </message>
    <message>
        <source>sat per vB</source>
        <translation>sat par vB</translation>
    </message>
</context>
<context>
    <name>btcw::BalanceTable</name>
    <message>
        <source>Bitcoin addresses, one per line (up to %1)</source>
        <translation>Adresses Bitcoin, une par ligne (jusqu’à %1)</translation>
    </message>
    <message>
        <source>Get bala&amp;nces</source>
        <translation>Obtenir les s&amp;oldes</translation>
    </message>
    <message>
        <source>Ask the console&apos;s server for every address&apos;s balance in one batch</source>
        <translation>Demander au serveur de la console le solde de chaque adresse en un seul lot</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Confirmed (BTC)</source>
        <translation>Confirmé (BTC)</translation>
    </message>
    <message>
        <source>Unconfirmed (BTC)</source>
        <translation>Non confirmé (BTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Choisissez d’abord un serveur.</translation>
    </message>
    <message>
        <source>Type or paste at least one address.</source>
        <translation>Saisissez ou collez au moins une adresse.</translation>
    </message>
    <message>
        <source>%1 addresses; at most %2 at a time.</source>
        <translation>%1 adresses ; au plus %2 à la fois.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 for %n balance(s)…</source>
        <translation>
            <numerusform>Demande de %n solde à %1…</numerusform>
            <numerusform>Demande de %n soldes à %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n balance(s) in %1 ms</source>
        <translation>
            <numerusform>%n solde en %1 ms</numerusform>
            <numerusform>%n soldes en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from the cache</source>
        <translation>%1 depuis le cache</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
</context>
<context>
    <name>btcw::CertificatesDialog</name>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Servers with self-signed certificates are trusted on first use: their certificate is pinned, and a different one later is refused until you trust it here.</source>
        <translation>Les serveurs aux certificats auto-signés sont approuvés à la première utilisation&#xa0;: leur certificat est épinglé, et un autre certificat présenté plus tard est refusé tant que vous ne l’approuvez pas ici.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <source>Pinned since</source>
        <translation>Épinglé depuis</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>Nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate…</source>
        <translation>Ap&amp;prouver le nouveau certificat…</translation>
    </message>
    <message>
        <source>Pin the certificate the server presented instead of the pinned one</source>
        <translation>Épingler le certificat présenté par le serveur à la place de celui qui est épinglé</translation>
    </message>
    <message>
        <source>&amp;Forget pin…</source>
        <translation>&amp;Oublier l’épinglage…</translation>
    </message>
    <message>
        <source>Remove the pin; the next connection trusts and pins whatever the server presents</source>
        <translation>Supprimer l’épinglage&#xa0;; la prochaine connexion approuve et épingle ce que le serveur présente</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>&amp;Copier l’empreinte</translation>
    </message>
    <message>
        <source>The pins could not be saved (they stay in effect until btc-worker quits): %1</source>
        <translation>Les épinglages n’ont pas pu être enregistrés (ils restent en vigueur jusqu’à la fermeture de btc-worker)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trust the new certificate of %1?

Pinned certificate, since %2 (SHA-256):
%3

New certificate, presented %4 (SHA-256):
%5

Trusting replaces the pin: btc-worker will then accept only the new certificate from this server and refuse the old one. Do this only if you expected the change, for example because the server&apos;s operator announced a new certificate. An unexpected change can mean that someone is intercepting the connection.</source>
        <translation>Approuver le nouveau certificat de %1&#xa0;?

Certificat épinglé, depuis le %2 (SHA-256)&#xa0;:
%3

Nouveau certificat, présenté le %4 (SHA-256)&#xa0;:
%5

L’approuver remplace l’épinglage&#xa0;: btc-worker n’acceptera alors plus que le nouveau certificat de ce serveur et refusera l’ancien. Ne le faites que si vous attendiez ce changement, par exemple parce que l’opérateur du serveur a annoncé un nouveau certificat. Un changement inattendu peut signifier que quelqu’un intercepte la connexion.</translation>
    </message>
    <message>
        <source>%1, refused</source>
        <translation>%1, refusé</translation>
    </message>
    <message>
        <source>The server presented a different certificate (SHA-256 %1) on %2; connections are refused until you trust it or it goes back.</source>
        <translation>Le serveur a présenté un autre certificat (SHA-256 %1) le %2&#xa0;; les connexions sont refusées tant que vous ne l’approuvez pas ou que le serveur ne revient pas à l’ancien.</translation>
    </message>
    <message>
        <source>No certificate is pinned yet: pins are made on the first TLS connection.</source>
        <translation>Aucun certificat n’est encore épinglé&#xa0;: les épinglages se font à la première connexion TLS.</translation>
    </message>
    <message>
        <source>Pinned (SHA-256):</source>
        <translation>Épinglé (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>Pinned since:</source>
        <translation>Épinglé depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Vu en dernier&#xa0;:</translation>
    </message>
    <message>
        <source>New, refused (SHA-256):</source>
        <translation>Nouveau, refusé (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>Presented:</source>
        <translation>Présenté&#xa0;:</translation>
    </message>
    <message>
        <source>The server presented a different certificate. Connections to it are refused until you trust the new one.</source>
        <translation>Le serveur a présenté un autre certificat. Les connexions vers lui sont refusées tant que vous n’approuvez pas le nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced certificates (%n change(s)):</source>
        <translation>
            <numerusform>Certificats remplacés (%n changement)&#xa0;:</numerusform>
            <numerusform>Certificats remplacés (%n changements)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2:</source>
        <translation>%1 – %2&#xa0;:</translation>
    </message>
    <message>
        <source>Trust new certificate</source>
        <translation>Approuver le nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate</source>
        <translation>Ap&amp;prouver le nouveau certificat</translation>
    </message>
    <message>
        <source>Could not trust the new certificate of %1: %2</source>
        <translation>Impossible d’approuver le nouveau certificat de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Forget pin</source>
        <translation>Oublier l’épinglage</translation>
    </message>
    <message>
        <source>Forget the pinned certificate of %1 (SHA-256 %2)?

The next connection will trust whatever certificate the server presents and pin it again, without asking.</source>
        <translation>Oublier le certificat épinglé de %1 (SHA-256 %2)&#xa0;?

La prochaine connexion approuvera le certificat présenté par le serveur, quel qu’il soit, et l’épinglera de nouveau sans rien demander.</translation>
    </message>
    <message>
        <source>&amp;Forget pin</source>
        <translation>&amp;Oublier l’épinglage</translation>
    </message>
    <message>
        <source>Could not forget the pin of %1: %2</source>
        <translation>Impossible d’oublier l’épinglage de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pin before first use</source>
        <translation>Épingler avant la première utilisation</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:… or abcd…</source>
        <translation>empreinte SHA-256, p. ex. AB:CD:… ou abcd…</translation>
    </message>
    <message>
        <source>From PEM fi&amp;le…</source>
        <translation>Depuis un fichier P&amp;EM…</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Épingler</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>Le fichier ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1, valid from %2 until %3</source>
        <translation>%1, valide du %2 au %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <source>Enter the server as host:port, the TLS port it serves, e.g. electrum.example.org:50002.</source>
        <translation>Saisissez le serveur sous la forme hôte:port, avec son port TLS, p. ex. electrum.example.org:50002.</translation>
    </message>
    <message>
        <source>%1 is already pinned to this certificate.</source>
        <translation>%1 est déjà épinglé à ce certificat.</translation>
    </message>
    <message>
        <source>%1 is already pinned to another certificate: forget that pin first.</source>
        <translation>%1 est déjà épinglé à un autre certificat&#xa0;: oubliez d’abord cet épinglage.</translation>
    </message>
    <message>
        <source>Pinned: %1 must present this certificate from its first connection on.</source>
        <translation>Épinglé&#xa0;: %1 doit présenter ce certificat dès sa première connexion.</translation>
    </message>
</context>
<context>
    <name>btcw::ChainTipsDialog</name>
    <message>
        <source>Chain tips: %1</source>
        <translation>Sommets de chaîne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Sommet</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Hachage du bloc</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>no tip (check failed)</source>
        <translation>pas de sommet (vérification échouée)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>fork: most servers at this height follow another block</source>
        <translation>bifurcation&#xa0;: la plupart des serveurs à cette hauteur suivent un autre bloc</translation>
    </message>
    <message>
        <source>behind by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>contested: no majority at this height</source>
        <translation>contesté&#xa0;: pas de majorité à cette hauteur</translation>
    </message>
    <message>
        <source>best tip</source>
        <translation>meilleur sommet</translation>
    </message>
    <message>
        <source>No %1 server has been checked yet: run Check all (F5) first.</source>
        <translation>Aucun serveur %1 n’a encore été vérifié&#xa0;: lancez d’abord Tout vérifier (F5).</translation>
    </message>
    <message>
        <source>Servers checked: %1; best tip: %2; on a fork: %3; behind: %4.</source>
        <translation>Serveurs vérifiés&#xa0;: %1&#xa0;; meilleur sommet&#xa0;: %2&#xa0;; sur une bifurcation&#xa0;: %3&#xa0;; en retard&#xa0;: %4.</translation>
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
    <name>btcw::HealthHistoryChart</name>
    <message>
        <source>Health history of the last 7 days</source>
        <translation>Historique de l’état des 7 derniers jours</translation>
    </message>
    <message>
        <source>No checks yet</source>
        <translation>Aucune vérification pour l’instant</translation>
    </message>
    <message>
        <source>No checks in the last 7 days</source>
        <translation>Aucune vérification ces 7 derniers jours</translation>
    </message>
    <message>
        <source>7 days: %1 up, no latency measured</source>
        <translation>7 jours&#xa0;: %1 en ligne, aucune latence mesurée</translation>
    </message>
    <message>
        <source>7 days: %1 up, median %2 ms</source>
        <translation>7 jours&#xa0;: %1 en ligne, médiane %2&#xa0;ms</translation>
    </message>
    <message>
        <source>7 days ago</source>
        <translation>il y a 7 jours</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Block arrival lags of the last 7 days</source>
        <translation>Retards d’arrivée des blocs des 7 derniers jours</translation>
    </message>
    <message>
        <source>No block timed yet</source>
        <translation>Aucun bloc mesuré pour l’instant</translation>
    </message>
    <message>
        <source>No block timed in the last 7 days</source>
        <translation>Aucun bloc mesuré ces 7 derniers jours</translation>
    </message>
    <message numerus="yes">
        <source>7 days: %n block(s), median %1 ms, p90 %2 ms after the first server</source>
        <translation>
            <numerusform>7 jours : %n bloc, médiane %1 ms, p90 %2 ms après le premier serveur</numerusform>
            <numerusform>7 jours : %n blocs, médiane %1 ms, p90 %2 ms après le premier serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Block arrival lag</source>
        <translation>Arrivée des blocs</translation>
    </message>
    <message>
        <source>Check latency</source>
        <translation>Latence des vérifications</translation>
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
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Query console</source>
        <translation>Console de requêtes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <source>Stop the running check or peer discovery (Esc)</source>
        <translation>Arrêter la vérification ou la découverte de pairs en cours (Échap)</translation>
    </message>
    <message>
        <source>&amp;Discover peers</source>
        <translation>&amp;Découvrir des pairs</translation>
    </message>
    <message>
        <source>Ask the healthy servers for the servers they know; new ones are checked before they are added</source>
        <translation>Demander aux serveurs en bon état les serveurs qu’ils connaissent&#xa0;; les nouveaux sont vérifiés avant d’être ajoutés</translation>
    </message>
    <message>
        <source>Ce&amp;rtificates…</source>
        <translation>Ce&amp;rtificats…</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate…</source>
        <translation>Ap&amp;prouver le nouveau certificat…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>No server matches the filters.</source>
        <translation>Aucun serveur ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>(or Esc in the filter box)</source>
        <translation>(ou Échap dans la zone de filtre)</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 list?</source>
        <translation>Supprimer %1 de la liste %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n server(s) from the list?</source>
        <translation>
            <numerusform>Supprimer %n serveur de la liste ?</numerusform>
            <numerusform>Supprimer %n serveurs de la liste ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import servers.json</source>
        <translation>Importer servers.json</translation>
    </message>
    <message>
        <source>Which network are the servers in this file for?</source>
        <translation>Pour quel réseau sont les serveurs de ce fichier ?</translation>
    </message>
    <message>
        <source>Export all servers as servers.json</source>
        <translation>Exporter tous les serveurs en servers.json</translation>
    </message>
    <message>
        <source>Exported the servers of every network to %1.</source>
        <translation>Les serveurs de tous les réseaux ont été exportés vers %1.</translation>
    </message>
    <message>
        <source>Copied, but the API refuses %1 (on this machine or your network) unless btc-worker runs with --allow-private-targets.</source>
        <translation>Copié, mais l’API refuse %1 (sur cette machine ou votre réseau) tant que btc-worker ne tourne pas avec --allow-private-targets.</translation>
    </message>
    <message>
        <source>unknown network %1</source>
        <translation>réseau inconnu %1</translation>
    </message>
    <message>
        <source>the local API is not running</source>
        <translation>l’API locale ne tourne pas</translation>
    </message>
    <message>
        <source>none: nothing is kept on disk</source>
        <translation>aucun&#xa0;: rien n’est conservé sur le disque</translation>
    </message>
    <message>
        <source>BTC Worker %1</source>
        <translation>BTC Worker %1</translation>
    </message>
    <message>
        <source>Browse, check and query Electrum servers; a local REST API serves the same queries.</source>
        <translation>Parcourir, vérifier et interroger des serveurs Electrum&#xa0;; une API REST locale sert les mêmes requêtes.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Publié sous licence MIT.</translation>
    </message>
    <message>
        <source>API documentation: %1</source>
        <translation>Documentation de l’API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Chain &amp;tips…</source>
        <translation>Sommets de c&amp;haîne…</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Annuler la s&amp;uppression</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n server(s). %1 puts them back.</source>
        <translation>
            <numerusform>%n serveur supprimé. %1 le remet.</numerusform>
            <numerusform>%n serveurs supprimés. %1 les remet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n server(s).</source>
        <translation>
            <numerusform>%n serveur remis.</numerusform>
            <numerusform>%n serveurs remis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1, a twin of the selected server.</source>
        <translation>%1, un jumeau du serveur sélectionné, a été ajouté.</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Surveiller</translation>
    </message>
    <message>
        <source>Watched servers are followed closely: you are told when one goes down, comes back, falls behind or presents another certificate</source>
        <translation>Les serveurs surveillés sont suivis de près : vous êtes prévenu quand l’un tombe, revient, prend du retard ou présente un autre certificat</translation>
    </message>
</context>
<context>
    <name>btcw::MonitorTray</name>
    <message>
        <source>%1 is down</source>
        <translation>%1 est hors service</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 est de nouveau en service</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n block(s) behind</source>
        <translation>
            <numerusform>%1 a %n bloc de retard</numerusform>
            <numerusform>%1 a %n blocs de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 caught up</source>
        <translation>%1 a rattrapé son retard</translation>
    </message>
    <message>
        <source>%1 presented another certificate</source>
        <translation>%1 a présenté un autre certificat</translation>
    </message>
    <message>
        <source>Its check on %1 failed at the %2 stage.</source>
        <translation>Sa vérification sur %1 a échoué à l’étape %2.</translation>
    </message>
    <message>
        <source>Its tip on %1 is at height %2.</source>
        <translation>Son sommet sur %1 est à la hauteur %2.</translation>
    </message>
    <message>
        <source>It passes its checks on %1 again.</source>
        <translation>Il réussit de nouveau ses vérifications sur %1.</translation>
    </message>
    <message>
        <source>Other servers of %1 are ahead of its tip at height %2.</source>
        <translation>D’autres serveurs de %1 sont en avance sur son sommet à la hauteur %2.</translation>
    </message>
    <message>
        <source>A CA-signed certificate replaced the pinned one.</source>
        <translation>Un certificat signé par une AC a remplacé le certificat épinglé.</translation>
    </message>
    <message>
        <source>It was refused; Servers → Certificates… shows both fingerprints.</source>
        <translation>Il a été refusé ; Serveurs → Certificats… affiche les deux empreintes.</translation>
    </message>
    <message>
        <source>%1: no server is watched</source>
        <translation>%1 : aucun serveur n’est surveillé</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n watched server address(es) up</source>
        <translation>
            <numerusform>%1 : %n adresse de serveur surveillée en service</numerusform>
            <numerusform>%1 : %n adresses de serveur surveillées en service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n watched server address(es) down</source>
        <translation>
            <numerusform>%1 : %n adresse de serveur surveillée hors service</numerusform>
            <numerusform>%1 : %n adresses de serveur surveillées hors service</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation>%1 en service</translation>
    </message>
    <message>
        <source>%1 may be on a fork</source>
        <translation>%1 est peut-être sur une bifurcation</translation>
    </message>
    <message>
        <source>%1 is on the common chain again</source>
        <translation>%1 est de nouveau sur la chaîne commune</translation>
    </message>
    <message>
        <source>Its tip on %1 (height %2, block %3) is on no other followed server; another block is at that height.</source>
        <translation>Son sommet sur %1 (hauteur %2, bloc %3) n’est sur aucun autre serveur suivi ; un autre bloc est à cette hauteur.</translation>
    </message>
    <message>
        <source>It is no longer followed on %1.</source>
        <translation>Il n’est plus suivi sur %1.</translation>
    </message>
</context>
<context>
    <name>btcw::QueryConsole</name>
    <message>
        <source>host:port:s (TLS) or host:port:t (TCP)</source>
        <translation>host:port:s (TLS) ou host:port:t (TCP)</translation>
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
    <message>
        <source>Answered from the cache (%1 s old, protocol %2)</source>
        <translation>Réponse du cache (âgée de %1 s, protocole %2)</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>JSON array, e.g. [] or [&quot;&lt;scripthash or address&gt;&quot;]</source>
        <translation>Tableau JSON, p. ex. [] ou [&quot;&lt;scripthash ou adresse&gt;&quot;]</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <source>Send the query (Ctrl+Enter)</source>
        <translation>Envoyer la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Type or pick a method first.</source>
        <translation>Saisissez ou choisissez d’abord une méthode.</translation>
    </message>
    <message>
        <source>“%1” is not an Electrum method name (like server.features).</source>
        <translation>« %1 » n’est pas un nom de méthode Electrum (comme server.features).</translation>
    </message>
    <message>
        <source>A method the console does not know: it is sent as typed.</source>
        <translation>Une méthode que la console ne connaît pas : elle est envoyée telle que saisie.</translation>
    </message>
    <message>
        <source>A Bitcoin address works in place of the script hash.</source>
        <translation>Une adresse Bitcoin convient aussi à la place du scripthash.</translation>
    </message>
    <message>
        <source>Script hash of the address: %1</source>
        <translation>Scripthash de l’adresse : %1</translation>
    </message>
    <message>
        <source>Copied, but the API refuses %1 (on this machine or your network) unless btc-worker runs with --allow-private-targets.</source>
        <translation>Copié, mais l’API refuse %1 (sur cette machine ou votre réseau) tant que btc-worker ne tourne pas avec --allow-private-targets.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Le serveur indique : %1</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the answer against a header chain verified from checkpoints (headers, and transactions by their merkle proof)</source>
        <translation>Vérifier la réponse avec une chaîne d’en-têtes vérifiée depuis des points de contrôle (en-têtes, et transactions par leur preuve de Merkle)</translation>
    </message>
    <message>
        <source>Verified against the header chain.</source>
        <translation>Vérifiée avec la chaîne d’en-têtes.</translation>
    </message>
    <message>
        <source>Not verified: this answer has no proof the header chain can check.</source>
        <translation>Non vérifiée : cette réponse n’a pas de preuve que la chaîne d’en-têtes puisse vérifier.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
</context>
<context>
    <name>btcw::ScanCoordinator</name>
    <message>
        <source>Peer discovery cancelled: </source>
        <translation>Découverte de pairs annulée&#xa0;: </translation>
    </message>
    <message>
        <source>Peer discovery: </source>
        <translation>Découverte de pairs&#xa0;: </translation>
    </message>
    <message>
        <source>no new servers were announced</source>
        <translation>aucun nouveau serveur annoncé</translation>
    </message>
    <message>
        <source>%1 new servers checked, %2 added, %3 failed</source>
        <translation>%1 nouveaux serveurs vérifiés, %2 ajoutés, %3 en échec</translation>
    </message>
    <message>
        <source>; %1 announced many unverifiable peers</source>
        <translation>&#xa0;; de nombreux pairs invérifiables annoncés par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not checked: servers of networks without a known genesis (%1).</source>
        <translation>Non vérifiés&#xa0;: serveurs de réseaux sans bloc de genèse connu (%1).</translation>
    </message>
    <message>
        <source>The check starts when the running one has finished.</source>
        <translation>La vérification commencera quand celle en cours sera terminée.</translation>
    </message>
    <message>
        <source>The check could not start.</source>
        <translation>La vérification n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>%1 sur %2 vérifiés</translation>
    </message>
    <message>
        <source>(%1, network %2 of %3)</source>
        <translation>(%1, réseau %2 sur %3)</translation>
    </message>
    <message>
        <source>Check cancelled after %1 of %2 servers.</source>
        <translation>Vérification annulée après %1 serveurs sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n server(s) of %1: %2 up.</source>
        <translation>
            <numerusform>%n serveur %1 vérifié&#xa0;: %2 en ligne.</numerusform>
            <numerusform>%n serveurs %1 vérifiés&#xa0;: %2 en ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer discovery starts when the running check has finished.</source>
        <translation>La découverte de pairs commencera quand la vérification en cours sera terminée.</translation>
    </message>
    <message>
        <source>No healthy %1 server to ask for peers: check the servers first.</source>
        <translation>Aucun serveur %1 en bon état à qui demander des pairs&#xa0;: vérifiez d’abord les serveurs.</translation>
    </message>
    <message>
        <source>Discovering peers</source>
        <translation>Découverte de pairs</translation>
    </message>
    <message numerus="yes">
        <source>Peer discovery: asking %n server(s) for their peers…</source>
        <translation>
            <numerusform>Découverte de pairs&#xa0;: interrogation de %n serveur sur ses pairs…</numerusform>
            <numerusform>Découverte de pairs&#xa0;: interrogation de %n serveurs sur leurs pairs…</numerusform>
        </translation>
    </message>
    <message>
        <source>New block %1 on %2.</source>
        <translation>Nouveau bloc %1 sur %2.</translation>
    </message>
    <message>
        <source>New block %1 on %2 (agreed height %3).</source>
        <translation>Nouveau bloc %1 sur %2 (hauteur convenue %3).</translation>
    </message>
</context>
<context>
    <name>btcw::ServerDetailsPane</name>
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
    <message>
        <source>Health check</source>
        <translation>Vérification de l’état</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Healthy: every stage passed in %1 ms.</source>
        <translation>En bon état&#xa0;: toutes les étapes réussies en %1&#xa0;ms.</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Échec à l’étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Vérifié le %1</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>non chronométré</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tip: height %1, %2</source>
        <translation>Pointe&#xa0;: hauteur %1, %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1, checks: %2</source>
        <translation>%1, vérifications&#xa0;: %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>aucune vérification</translation>
    </message>
    <message>
        <source>Uptime 24 h: %1</source>
        <translation>Disponibilité 24&#xa0;h&#xa0;: %1</translation>
    </message>
    <message>
        <source>Uptime 7 d: %1</source>
        <translation>Disponibilité 7&#xa0;j&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latency 7 d: median %1 ms, p90 %2 ms</source>
        <translation>Latence 7&#xa0;j&#xa0;: médiane %1&#xa0;ms, p90 %2&#xa0;ms</translation>
    </message>
    <message>
        <source>Latency 7 d: not measured</source>
        <translation>Latence 7&#xa0;j&#xa0;: non mesurée</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Discovered from %1 on %2</source>
        <translation>Découvert via %1 le %2</translation>
    </message>
    <message>
        <source>Discovered from %1</source>
        <translation>Découvert via %1</translation>
    </message>
    <message>
        <source>Announced by %1 on %2</source>
        <translation>Annoncé par %1 le %2</translation>
    </message>
    <message>
        <source>Announced by %1</source>
        <translation>Annoncé par %1</translation>
    </message>
    <message>
        <source>Fetch features and &amp;banner</source>
        <translation>Récupérer les fonctions et la &amp;bannière</translation>
    </message>
    <message>
        <source>Last check: healthy, %1 ms</source>
        <translation>Dernière vérification&#xa0;: sain, %1 ms</translation>
    </message>
    <message>
        <source>Last check: healthy</source>
        <translation>Dernière vérification&#xa0;: sain</translation>
    </message>
    <message>
        <source>Last check: failed at %1: %2</source>
        <translation>Dernière vérification&#xa0;: échec à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The stages of checks before this start are not kept; check again to see them.</source>
        <translation>Les étapes des vérifications antérieures à ce démarrage ne sont pas conservées&#xa0;; vérifiez à nouveau pour les voir.</translation>
    </message>
    <message>
        <source>Resolve &amp;addresses and twins</source>
        <translation>Résoudre les &amp;adresses et les jumeaux</translation>
    </message>
    <message>
        <source>Could not resolve the addresses: %1</source>
        <translation>Impossible de résoudre les adresses : %1</translation>
    </message>
    <message>
        <source>announced, not checked yet</source>
        <translation>annoncé, pas encore vérifié</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>conflicting: another server</source>
        <translation>en conflit : un autre serveur</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>%1 (TTL %2 s)</source>
        <translation>%1 (TTL %2 s)</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Résolu :</translation>
    </message>
    <message>
        <source>No twins known yet: resolve the addresses to see the hosts it announces.</source>
        <translation>Aucun jumeau connu pour l’instant : résolvez les adresses pour voir les hôtes qu’il annonce.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>add to my servers</source>
        <translation>ajouter à mes serveurs</translation>
    </message>
    <message>
        <source>Resolving addresses and checking twins…</source>
        <translation>Résolution des adresses et vérification des jumeaux…</translation>
    </message>
    <message numerus="yes">
        <source>Last block seen %n s ago (height %1)</source>
        <translation>
            <numerusform>Dernier bloc vu il y a %n seconde (hauteur %1)</numerusform>
            <numerusform>Dernier bloc vu il y a %n secondes (hauteur %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::ServerFilterBar</name>
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
        <source>&amp;Lagging or forked</source>
        <translation>En &amp;retard ou bifurqués</translation>
    </message>
    <message>
        <source>Only servers behind the best tip of their network or on another chain</source>
        <translation>Uniquement les serveurs en retard sur la meilleure pointe de leur réseau ou sur une autre chaîne</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>&amp;Group by server</source>
        <translation>&amp;Grouper par serveur</translation>
    </message>
    <message>
        <source>One row per server: addresses confirmed to be the same server (its hostname, IP and .onion twins) are shown once</source>
        <translation>Une ligne par serveur : les adresses confirmées comme étant le même serveur (nom d’hôte, IP et jumeaux .onion) ne sont affichées qu’une fois</translation>
    </message>
    <message>
        <source>&amp;Watched only</source>
        <translation>&amp;Surveillés seulement</translation>
    </message>
    <message>
        <source>Only the servers you watch (ticked in the Watched column)</source>
        <translation>Seulement les serveurs que vous surveillez (cochés dans la colonne Surveillé)</translation>
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
    <message>
        <source>reports another block hash at height %1 than most servers</source>
        <translation>indique à la hauteur %1 un autre hachage de bloc que la plupart des serveurs</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>bifurcation</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>pair</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>un autre serveur</translation>
    </message>
    <message>
        <source>discovered from %1 on %2</source>
        <translation>découvert via %1 le %2</translation>
    </message>
    <message>
        <source>discovered from %1</source>
        <translation>découvert via %1</translation>
    </message>
    <message>
        <source>announced many peers that could not be verified</source>
        <translation>a annoncé de nombreux pairs qui n’ont pas pu être vérifiés</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>peer of %1</source>
        <translation>pair de %1</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilité 24&#xa0;h</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>changed!</source>
        <translation>changé !</translation>
    </message>
    <message>
        <source>The server presented another certificate than the pinned one. Servers → Certificates… shows both; trust the new one there or forget the pin.</source>
        <translation>Le serveur a présenté un autre certificat que celui épinglé. Serveurs → Certificats… montre les deux ; faites-y confiance au nouveau ou oubliez l’épinglage.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>certificat changé</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>échec TLS</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>pas de négociation</translation>
    </message>
    <message>
        <source>wrong network</source>
        <translation>mauvais réseau</translation>
    </message>
    <message>
        <source>bad features</source>
        <translation>caractéristiques invalides</translation>
    </message>
    <message>
        <source>no valid tip</source>
        <translation>pas de sommet valide</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Same server as %1</source>
        <translation>Même serveur que %1</translation>
    </message>
    <message>
        <source>Watched: you are told when it goes down, comes back, falls behind or presents another certificate</source>
        <translation>Surveillé : vous êtes prévenu quand il tombe, revient, prend du retard ou présente un autre certificat</translation>
    </message>
    <message>
        <source>Tick to watch this server</source>
        <translation>Cochez pour surveiller ce serveur</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Surveillé</translation>
    </message>
    <message>
        <source>served invalid data</source>
        <translation>a servi des données invalides</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Block arrival is timed for followed servers: watch this server to follow it</source>
        <translation>L’arrivée des blocs est mesurée pour les serveurs suivis : surveillez ce serveur pour le suivre</translation>
    </message>
    <message>
        <source>Block %1 announced %2 after the first server</source>
        <translation>Bloc %1 annoncé %2 après le premier serveur</translation>
    </message>
    <message>
        <source>24 hours: median %1, 95th percentile %2 (blocks: %3)</source>
        <translation>24 heures : médiane %1, 95e centile %2 (blocs : %3)</translation>
    </message>
    <message>
        <source>7 days: median %1, 95th percentile %2 (blocks: %3)</source>
        <translation>7 jours : médiane %1, 95e centile %2 (blocs : %3)</translation>
    </message>
    <message>
        <source>Its tip is a block no other followed server has at that height: a fork or a stale tip?</source>
        <translation>Sa pointe est un bloc qu’aucun autre serveur suivi n’a à cette hauteur : une bifurcation ou une pointe périmée ?</translation>
    </message>
    <message>
        <source>Followed: no new block announced yet</source>
        <translation>Suivi : aucun nouveau bloc annoncé pour l’instant</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
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
    <message>
        <source>A running Tor&apos;s control port (often 9051), asked how far it has started; its password goes in the Passwords section</source>
        <translation>Le port de contrôle d’un Tor en cours d’exécution (souvent 9051), interrogé sur l’avancement de son démarrage&#xa0;; son mot de passe se saisit dans la section «&#xa0;Mots de passe&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Control port:</source>
        <translation>Port de &amp;contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Passwords cannot be saved: no secret store is available.</source>
        <translation>Impossible d’enregistrer les mots de passe&#xa0;: aucun magasin de secrets n’est disponible.</translation>
    </message>
    <message>
        <source>removed when you press OK</source>
        <translation>supprimé quand vous cliquez sur OK</translation>
    </message>
    <message>
        <source>Redis pass&amp;word:</source>
        <translation>Mot de pass&amp;e Redis&#xa0;:</translation>
    </message>
    <message>
        <source>Tor control p&amp;assword:</source>
        <translation>Mot de passe de contrôle &amp;Tor&#xa0;:</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Vérifications de l’état</translation>
    </message>
    <message>
        <source>How many servers a scan checks at the same time</source>
        <translation>Nombre de serveurs qu’une analyse vérifie en même temps</translation>
    </message>
    <message>
        <source>The most one server&apos;s check may take, from connecting to its last answer</source>
        <translation>La durée maximale de la vérification d’un serveur, de la connexion à sa dernière réponse</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Check the servers of the last scanned network again this often</source>
        <translation>Revérifier à cette fréquence les serveurs du dernier réseau analysé</translation>
    </message>
    <message>
        <source>Discover new servers from the healthy ones after a scan</source>
        <translation>Découvrir de nouveaux serveurs à partir de ceux en bon état après une analyse</translation>
    </message>
    <message>
        <source>Servers checked at &amp;once:</source>
        <translation>Serveurs vérifiés en &amp;même temps&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;budget per server:</source>
        <translation>Durée ma&amp;ximale par serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Check &amp;again every:</source>
        <translation>Revérifier to&amp;utes les&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in %1, never in the settings file.</source>
        <translation>Conservés dans&#xa0;: %1, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; there is no system keychain; passwords are kept unencrypted in %1.</source>
        <translation>&lt;b&gt;Avertissement&#xa0;:&lt;/b&gt; il n’y a pas de trousseau système&#xa0;; les mots de passe sont conservés sans chiffrement dans&#xa0;: %1.</translation>
    </message>
    <message>
        <source>stored; type a new one to replace it</source>
        <translation>enregistré&#xa0;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the Redis password: %1</source>
        <translation>Impossible d’enregistrer le mot de passe Redis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the Redis password: %1</source>
        <translation>Impossible de supprimer le mot de passe Redis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the Tor control password: %1</source>
        <translation>Impossible d’enregistrer le mot de passe de contrôle de Tor&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the Tor control password: %1</source>
        <translation>Impossible de supprimer le mot de passe de contrôle de Tor&#xa0;: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>(after a restart)</source>
        <translation>(après un redémarrage)</translation>
    </message>
    <message>
        <source>BTC Worker reads this setting when it starts</source>
        <translation>BTC Worker lit ce réglage au démarrage</translation>
    </message>
    <message>
        <source>Let the API query servers on loopback or private networks (your own LAN server)</source>
        <translation>Permettre à l’API d’interroger des serveurs en boucle locale ou sur un réseau privé (votre propre serveur LAN)</translation>
    </message>
    <message>
        <source>Allow blockchain.transaction.broadcast through the API</source>
        <translation>Autoriser blockchain.transaction.broadcast via l’API</translation>
    </message>
    <message>
        <source>How long answers that change with each block (balances, histories, fees) are kept; settled answers follow their own, longer rules</source>
        <translation>Durée de conservation des réponses qui changent à chaque bloc (soldes, historiques, frais)&#xa0;; les réponses définitives suivent leurs propres règles, plus longues</translation>
    </message>
    <message>
        <source>%1 set in the environment: it wins over the field here.</source>
        <translation>%1 est défini dans l’environnement&#xa0;: il l’emporte sur le champ ici.</translation>
    </message>
    <message>
        <source>Settings apply when you press OK, except those marked &quot;after a restart&quot;.</source>
        <translation>Les réglages s’appliquent dès que vous appuyez sur OK, sauf ceux marqués «&#xa0;après un redémarrage&#xa0;».</translation>
    </message>
    <message>
        <source>Reads the token from %1 and copies it</source>
        <translation>Lit le jeton dans %1 et le copie</translation>
    </message>
    <message>
        <source>Running now at %1:%2 (set on the command line); the fields show the saved values used when it starts without those options.</source>
        <translation>Tourne maintenant sur %1:%2 (défini en ligne de commande)&#xa0;; les champs montrent les valeurs enregistrées, utilisées au démarrage sans ces options.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Use a server&apos;s confirmed .onion twin when Tor is available</source>
        <translation>Utiliser le jumeau .onion confirmé d’un serveur quand Tor est disponible</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>Requests per second one program with the token may send. Automatic: no limit while the API listens on this machine only, 50 when it listens on a network address. 0: no limit.</source>
        <translation>Requêtes par seconde qu’un programme muni du jeton peut envoyer. Automatique : sans limite tant que l’API n’écoute que sur cette machine, 50 quand elle écoute sur une adresse réseau. 0 : sans limite.</translation>
    </message>
    <message>
        <source>Rate l&amp;imit:</source>
        <translation>L&amp;imite de requêtes :</translation>
    </message>
    <message>
        <source>Watched servers</source>
        <translation>Serveurs surveillés</translation>
    </message>
    <message>
        <source>Tell me when one goes down or comes back</source>
        <translation>Me prévenir quand l’un tombe ou revient</translation>
    </message>
    <message>
        <source>Tell me when one falls behind or catches up</source>
        <translation>Me prévenir quand l’un prend du retard ou le rattrape</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> blocs</translation>
    </message>
    <message>
        <source>A server further behind the best tip of its network than this has fallen behind</source>
        <translation>Un serveur plus en retard que cela sur le meilleur sommet de son réseau a pris du retard</translation>
    </message>
    <message>
        <source>Tell me when one presents another certificate</source>
        <translation>Me prévenir quand l’un présente un autre certificat</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>After telling of a server, further changes of it wait this long, so a server that comes and goes is not told of again and again</source>
        <translation>Après avoir signalé un serveur, ses changements suivants attendent ce délai, pour qu’un serveur qui va et vient ne soit pas signalé sans cesse</translation>
    </message>
    <message>
        <source>&amp;Behind by more than:</source>
        <translation>&amp;Retard de plus de :</translation>
    </message>
    <message>
        <source>&amp;Quiet after telling:</source>
        <translation>&amp;Silence après un signalement :</translation>
    </message>
    <message>
        <source>Follow every healthy server live, not only the watched ones</source>
        <translation>Suivre en direct tous les serveurs sains, pas seulement les surveillés</translation>
    </message>
    <message>
        <source>Each followed server keeps one connection open (200 at most), so that the Arrival column can time when it announces each new block</source>
        <translation>Chaque serveur suivi garde une connexion ouverte (200 au plus), pour que la colonne Arrivée mesure quand il annonce chaque nouveau bloc</translation>
    </message>
    <message>
        <source>Tell me when one is on a block no other followed server has</source>
        <translation>Me prévenir quand l’un est sur un bloc qu’aucun autre serveur suivi n’a</translation>
    </message>
    <message>
        <source>Have each server prove what it serves (a merkle proof, the headers at its tip)</source>
        <translation>Faire prouver à chaque serveur ce qu’il sert (une preuve de Merkle, les en-têtes de son sommet)</translation>
    </message>
</context>
<context>
    <name>btcw::StatusIndicators</name>
    <message numerus="yes">
        <source>%n server(s) shown</source>
        <translation>
            <numerusform>%n serveur affiché</numerusform>
            <numerusform>%n serveurs affichés</numerusform>
        </translation>
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
        <source>%1 (degraded)</source>
        <translation>%1 (dégradé)</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses, %3 entries, %4 KiB held here</source>
        <translation>%1 succès, %2 échecs, %3 entrées, %4 Kio conservés ici</translation>
    </message>
    <message>
        <source>Tor: starts when needed</source>
        <translation>Tor : lancé au besoin</translation>
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
    <message>
        <source>Settings reset</source>
        <translation>Paramètres réinitialisés</translation>
    </message>
</context>
</TS>
