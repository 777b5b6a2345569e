package org.accord.exchangelog.verifier;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command {@code java -jar accord-verifier.jar verify-dossier [--public-key FILE] [-q] DOSSIER}: checks an
 * audit dossier (its PDF, or the {@code dossier.jsonl} extracted from it) with {@link DossierVerifier}. Same
 * output and exit status as the log verifier: one line per check, then {@code OK: ...} or
 * {@code FAILED: ...}; 0 verified, 1 failed, 2 unreadable or bad usage.
 */
final class VerifyDossier {

    static final String COMMAND = "verify-dossier";

    private VerifyDossier() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path dossier = null;
        Path publicKey = null;
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h": case "--help":
                    out.println(VerifyLog.USAGE);
                    return VerifyLog.VERIFIED;
                case "-q": case "--quiet": quiet = true; break;
                case "--public-key":
                    if (++i == args.length) {
                        return usage(err, "--public-key needs a value");
                    }
                    publicKey = Path.of(args[i]);
                    break;
                default:
                    if (args[i].startsWith("-") || dossier != null) {
                        return usage(err, "unexpected argument: " + args[i]);
                    }
                    dossier = Path.of(args[i]);
            }
        }
        if (dossier == null) {
            return usage(err, COMMAND + " needs the dossier's file");
        }
        for (Path file : new Path[] {dossier, publicKey}) {
            if (file != null && !Files.isRegularFile(file)) {
                err.println("accord-verifier: no such file: " + file);
                return VerifyLog.UNREADABLE;
            }
        }
        try {
            DossierVerifier.Report report = new DossierVerifier().verify(new DossierVerifier.Inputs(dossier, publicKey),
                    quiet ? line -> { } : out::println);
            out.println(report.summary());
            return report.ok() ? VerifyLog.VERIFIED : VerifyLog.FAILED;
        } catch (UnreadableInputException e) {
            err.println("accord-verifier: " + e.getMessage());
            out.println("UNREADABLE: nothing verified");
            return VerifyLog.UNREADABLE;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("accord-verifier: " + problem);
        err.println("Try --help.");
        return VerifyLog.UNREADABLE;
    }
}
