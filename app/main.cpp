// btc-worker: the desktop window with the local API, or the API alone with --headless.
#include "ApiServer.h"
#include "CommandLine.h"
#include "Engine.h"
#include "SignalWatcher.h"
#include "Translations.h"

#ifdef BTCW_WITH_GUI
#include "MainWindow.h"

#include <QApplication>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <cstdio>
#include <memory>

using namespace btcw;

namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

EngineOptions engineOptions(const AppConfig& config, const CacheSettings& cache)
{
    EngineOptions options;
    options.cache = cache;
    options.allowPrivateTargets = config.allowPrivateTargets;
    options.dataDir = config.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                               : QDir(config.dataDir).absolutePath();
    options.allowBroadcast = config.allowBroadcast;
    options.tor.enabled = config.torEnabled;
    options.tor.allowLaunch = config.launchTor;
    options.tor.routeAllViaTor = config.routeAllViaTor;
    options.tor.launchDataDir = QDir(options.dataDir).filePath(QStringLiteral("tor"));
    if (config.torSocks) {
        options.tor.socksHost = config.torSocks->first;
        options.tor.socksPort = config.torSocks->second;
    }
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("BTC Worker"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("btcworker.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("btc-worker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BTCW_VERSION));

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

    const auto cache = CacheSettings::fromEnvironment();
    if (!cache.ok()) {
        printLine(stderr, QStringLiteral("btc-worker: %1").arg(cache.error().toString()));
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

    Engine engine(engineOptions(config, cache.value()));
    for (const Error& problem : engine.start())
        printLine(stderr, QStringLiteral("btc-worker: warning: %1").arg(problem.toString()));

    std::unique_ptr<ApiServer> api;
    QString apiUrl;
    QString apiError;
    if (config.apiEnabled) {
        ApiOptions apiOptions;
        apiOptions.bind = config.apiBind;
        apiOptions.port = config.apiPort;
        apiOptions.requireToken = config.apiRequireToken;
        apiOptions.tokenFile = config.apiTokenFile;
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
            if (config.headless)
                return 1;
            api.reset();
        }
    } else {
        apiError = QCoreApplication::translate("main", "The local API is turned off.");
    }

#ifdef BTCW_WITH_GUI
    std::unique_ptr<MainWindow> window;
    if (!config.headless) {
        window = std::make_unique<MainWindow>(engine);
        window->setApiStatus(apiUrl, apiError);
        if (api)
            window->setApiTokenFile(api->tokenPath());
        window->show();
    }
#endif
    return app->exec();
}
