// btc-worker: the desktop window with the local API, or the API alone with --headless.
#include "ApiServer.h"
#include "CommandLine.h"
#include "Engine.h"
#include "EngineSetup.h"
#include "PersistentToken.h"
#include "SettingsGuard.h"
#include "SignalWatcher.h"
#include "StoredSecrets.h"
#include "Translations.h"
#include "WatchListSettings.h"
#include "monitor/EventCommand.h"
#include "secrets/SecretStoreFactory.h"

#ifdef BTCW_WITH_GUI
#include "MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace btcw;

namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("BTC Worker"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("btcworker.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("btc-worker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BTCW_VERSION));
    // Before anything reads the settings: a file QSettings cannot read is moved aside and reported, not overwritten.
    const std::optional<SettingsRecovery> settingsRecovery = guardSettingsFile(applicationSettingsFile());
    if (settingsRecovery)
        printLine(stderr, QStringLiteral("btc-worker: warning: %1").arg(settingsRecovery->message()));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    auto parsed = parseCommandLine(arguments, configFromSettings());
    if (!parsed.ok() || parsed.value().showHelp) {
        // Help and errors print before the real application exists, but translators need one: build them again
        // under a short-lived one (the window's QApplication can only come once the command line is known).
        const QCoreApplication textApp(argc, argv);
        installTranslations(preferredUiLocale());
        parsed = parseCommandLine(arguments, configFromSettings());
    }
    if (!parsed.ok()) {
        printLine(stderr, QStringLiteral("btc-worker: %1").arg(parsed.error().message));
        return 2;
    }
    AppConfig config = parsed.value();
    if (config.showHelp) {
        printLine(stdout, config.helpText);
        return 0;
    }
    if (config.showVersion) {
        printLine(stdout, QStringLiteral("btc-worker %1").arg(QStringLiteral(BTCW_VERSION)));
        return 0;
    }
#ifndef BTCW_WITH_GUI
    config.headless = true;
#endif
    if (config.headless && !config.apiEnabled) {
        printLine(stderr, QStringLiteral("btc-worker: --headless with --no-api would do nothing; drop one of them."));
        return 2;
    }

    for (const QString& warning : config.settingsWarnings)
        printLine(stderr, QStringLiteral("btc-worker: warning: %1").arg(warning));
    const auto options = engineOptions(config);
    if (!options.ok()) {
        printLine(stderr, QStringLiteral("btc-worker: %1").arg(options.error().toString()));
        return 2;
    }

    std::unique_ptr<QCoreApplication> app;
#ifdef BTCW_WITH_GUI
    if (!config.headless) {
        app = std::make_unique<QApplication>(argc, argv);
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.btcworker.BtcWorker"));
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    installTranslations(preferredUiLocale());

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, app.get(), &QCoreApplication::quit);

    Engine engine(options.value());
    for (const Error& problem : engine.start())
        printLine(stderr, QStringLiteral("btc-worker: warning: %1").arg(problem.toString()));
    if (const QString warning = WatchListSettings::keepInSettings(engine.watchList(), app.get()); !warning.isEmpty())
        printLine(stderr, QStringLiteral("btc-worker: warning: %1").arg(warning));
    // --on-event: the operator's own alerting, in the window and headless alike.
    std::unique_ptr<EventCommand> onEvent;
    if (!config.onEventCommand.isEmpty()) {
        onEvent = std::make_unique<EventCommand>(config.onEventCommand);
        QObject::connect(&engine.alerts(), &WatchAlerts::serverEvent, onEvent.get(), &EventCommand::run);
        QObject::connect(onEvent.get(), &EventCommand::failed, onEvent.get(), [](const QString& message) {
            printLine(stderr, QStringLiteral("btc-worker: warning: %1").arg(message));
        });
    }

    // Declared before the window: its "Copy token" action reads the token from here while the window lives.
    std::unique_ptr<SecretStore> secretStore;
    std::unique_ptr<ApiServer> api;

#ifdef BTCW_WITH_GUI
    std::unique_ptr<MainWindow> window;
    if (!config.headless) {
        window = std::make_unique<MainWindow>(engine);
        window->show();
        if (!config.settingsWarnings.isEmpty())
            window->statusBar()->showMessage(config.settingsWarnings.join(QStringLiteral("; ")));
        // The settings dialog saved: the engine gets the new values at once, and the passwords are read again.
        QObject::connect(window.get(), &MainWindow::settingsChanged, window.get(), [&] {
            reapplySettings(engine, arguments, secretStore.get(), window.get(), [&window](const QString& message) {
                printLine(stderr, QStringLiteral("btc-worker: warning: %1").arg(message));
                window->statusBar()->showMessage(message, 15'000);
            });
        });
        if (settingsRecovery) {
            auto* box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("main", "Settings reset"),
                                        settingsRecovery->message(), QMessageBox::Ok, window.get());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
#endif

    // Starts the API and tells the terminal and the window. `tokenPlace` names the secret store holding a fixed
    // token (empty: the cookie or --api-token-file). False when it could not listen.
    const auto startApi = [&](const ApiOptions& apiOptions, const QString& tokenPlace) {
        QString apiUrl;
        QString apiError;
        api = std::make_unique<ApiServer>(engine, apiOptions);
        if (const Status started = api->start(); started.ok()) {
            apiUrl = api->baseUrl().toString();
            printLine(stdout, QStringLiteral("BTC Worker API listening on %1 (docs at %1/docs)").arg(apiUrl));
            if (!api->tokenPath().isEmpty()) {
                printLine(stdout, QStringLiteral("API token in %1 (send it as Authorization: Bearer …)")
                                      .arg(QDir::toNativeSeparators(api->tokenPath())));
            } else if (api->accessToken().isEmpty()) {
                printLine(stderr, QStringLiteral("btc-worker: warning: the API runs without a token (--no-auth): "
                                                 "every program and user on this machine can use it."));
            }
        } else {
            apiError = started.error().toString();
            printLine(stderr, QStringLiteral("btc-worker: %1").arg(apiError));
            api.reset();
        }
#ifdef BTCW_WITH_GUI
        if (window) {
            window->setApiStatus(apiUrl, apiError);
            if (api) {
                window->setApiTokenFile(api->tokenPath());
                if (!tokenPlace.isEmpty() && !apiOptions.fixedToken.isEmpty()) {
                    window->setApiTokenStore(tokenPlace, [&api]() { return api ? api->accessToken() : QByteArray(); });
                }
            }
        }
#else
        Q_UNUSED(tokenPlace);
#endif
        return api != nullptr;
    };

    // Set when the API waits for its persistent token from the secret store.
    std::optional<ApiOptions> apiAwaitingToken;
    if (config.apiEnabled) {
        ApiOptions apiOptions;
        apiOptions.bind = config.apiBind;
        apiOptions.port = config.apiPort;
        apiOptions.requireToken = config.apiRequireToken;
        apiOptions.tokenFile = config.apiTokenFile;
        apiOptions.limits.requestsPerSecond = apiRateLimit(config);
        apiOptions.limits.burst = std::max(100, 2 * apiRateLimit(config));
        if (config.apiPersistentToken && config.apiRequireToken && config.apiTokenFile.isEmpty())
            apiAwaitingToken = apiOptions;
        else if (!startApi(apiOptions, {}) && config.headless)
            return 1;
    } else {
#ifdef BTCW_WITH_GUI
        if (window)
            window->setApiStatus({}, QCoreApplication::translate("main", "The local API is turned off."));
#endif
    }

    // The keychain answers asynchronously (and may take seconds to probe): stored passwords are applied, and an API
    // with a persistent token is started, in the answer.
    makeSecretStore(engine.options().dataDir, app.get(), [&, apiAwaitingToken](SecretStoreChoice choice) mutable {
        secretStore = std::move(choice.store);
        StoredSecrets::apply(*secretStore, engine, app.get(), [](const QString& warning) {
            printLine(stderr, QStringLiteral("btc-worker: warning: %1").arg(warning));
        });
#ifdef BTCW_WITH_GUI
        if (window)
            window->setSecretStore(secretStore.get());
#endif
        if (!apiAwaitingToken)
            return;
        const QString place = choice.usesKeychain() ? QCoreApplication::translate("main", "the system keychain")
                                                    : secretStore->backendName();
        const QString where = choice.usesKeychain() ? QStringLiteral("API token kept in the system keychain")
                                                    : QStringLiteral("API token: %1").arg(choice.fallbackReason);
        PersistentToken::obtain(
            *secretStore, app.get(), [&, apiOptions = *apiAwaitingToken, place, where](Result<QString> token) mutable {
                QString tokenPlace;
                if (token.ok()) {
                    apiOptions.fixedToken = token.value().toLatin1();
                    tokenPlace = place;
                } else {
                    // Never the token itself: only why it could not be read, and that a cookie is used instead.
                    printLine(stderr, QStringLiteral("btc-worker: warning: cannot use the persistent API token "
                                                     "(%1); using a per-start cookie instead")
                                          .arg(token.error().toString()));
                }
                if (startApi(apiOptions, tokenPlace)) {
                    if (token.ok())
                        printLine(stdout, where);
                } else if (config.headless) {
                    QCoreApplication::exit(1);
                }
            });
    });
    return app->exec();
}
