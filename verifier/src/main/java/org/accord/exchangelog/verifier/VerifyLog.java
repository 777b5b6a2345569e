package org.accord.exchangelog.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.ProviderNotFoundException;
import java.nio.file.Path;

/**
 * The offline verifier's command line: {@code java -jar accord-verifier.jar [options] [FOLDER]}. Prints one
 * line per check, then {@code OK: N entries, M tree heads verified} or {@code FAILED: ...}; exits 0 when
 * everything verified, 1 when something did not, 2 when an input is missing or unreadable (or the
 * command line is wrong).
 */
public final class VerifyLog {

    static final int VERIFIED = 0;
    static final int FAILED = 1;
    static final int UNREADABLE = 2;

    static final String USAGE = String.join("\n",
            "Usage: java -jar accord-verifier.jar [options] [FOLDER | BUNDLE.zip]",
            "       java -jar accord-verifier.jar verify-dossier [--public-key FILE] [-q] DOSSIER.pdf | dossier.jsonl",
            "",
            "Verifies a downloaded Accord exchange log offline: the signatures of the tree heads, every entry's",
            "hash, seq order and the Merkle root of each signed tree head. Names the first bad entry when an",
            "entry was changed, removed, reordered or inserted.",
            "",
            "FOLDER (default: the current folder), or the zip the portal serves at",
            "/api/exchange-log/export/log.zip, holds the files downloaded from the portal:",
            "  entries.jsonl      the entries, one JSON object a line, from seq 0; an entry the downloader may",
            "                     not see is given as {\"seq\":N,\"leafHash\":\"...\"} only",
            "  tree-heads.json    the signed tree heads",
            "  public-key.pem     the portal's Ed25519 public key (PEM, or base64 of the DER)",
            "  consistency.json   optional: consistency proofs between tree heads",
            "  frontier.json      optional: when the entries start after seq 0, the subtree roots of those before",
            "",
            "Options (each overrides one file of FOLDER):",
            "  --entries FILE        --tree-heads FILE        --public-key FILE",
            "  --consistency FILE    --frontier FILE",
            "  --threads N           worker threads for parsing and hashing (default: processors, at most 8)",
            "  -q, --quiet           print the final line only",
            "  -h, --help            print this help",
            "",
            "verify-dossier checks an audit dossier alone: the machine-readable entries embedded in the PDF",
            "(or extracted from it: dossier.jsonl), each entry's leaf hash and audit path against the dossier's",
            "signed tree head, and that head's signature. --public-key: the key the portal publishes; without it",
            "the key printed in the dossier is used, which proves the dossier consistent but not its origin.",
            "",
            "Exit status: 0 verified, 1 verification failed, 2 input missing or unreadable, or bad usage.",
            "The format is specified in docs/exchange-log-format.md of the Accord repository.");

    private VerifyLog() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals(VerifyDossier.COMMAND)) {
            return VerifyDossier.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        CommandLine command;
        try {
            command = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("accord-verifier: " + e.getMessage());
            err.println("Try --help.");
            return UNREADABLE;
        }
        if (command.help()) {
            out.println(USAGE);
            return VERIFIED;
        }
        LogVerifier.Inputs inputs = command.inputs();
        for (Path optional : new Path[] {inputs.consistency(), inputs.frontier()}) {
            if (optional != null && !Files.exists(optional)) {
                err.println("accord-verifier: no such file: " + optional);
                return UNREADABLE;
            }
        }
        try {
            VerificationReport report = new LogVerifier(command.threads())
                    .verify(inputs, command.quiet() ? line -> { } : out::println);
            out.println(report.summary());
            return report.ok() ? VERIFIED : FAILED;
        } catch (UnreadableInputException e) {
            err.println("accord-verifier: " + e.getMessage());
            out.println("UNREADABLE: nothing verified");
            return UNREADABLE;
        }
    }

    /** The parsed command line. */
    record CommandLine(boolean help, boolean quiet, int threads, LogVerifier.Inputs inputs) {

        static CommandLine parse(String[] args) {
            Path folder = null;
            Path entries = null;
            Path treeHeads = null;
            Path publicKey = null;
            Path consistency = null;
            Path frontier = null;
            int threads = EntryBatchReader.defaultThreads();
            boolean quiet = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "-h": case "--help": return new CommandLine(true, false, 1, null);
                    case "-q": case "--quiet": quiet = true; break;
                    case "--entries": entries = Path.of(value(args, ++i, arg)); break;
                    case "--tree-heads": treeHeads = Path.of(value(args, ++i, arg)); break;
                    case "--public-key": publicKey = Path.of(value(args, ++i, arg)); break;
                    case "--consistency": consistency = Path.of(value(args, ++i, arg)); break;
                    case "--frontier": frontier = Path.of(value(args, ++i, arg)); break;
                    case "--threads": threads = threads(value(args, ++i, arg)); break;
                    default:
                        if (arg.startsWith("-") || folder != null) {
                            throw new IllegalArgumentException("unexpected argument: " + arg);
                        }
                        folder = Path.of(arg);
                }
            }
            LogVerifier.Inputs defaults = LogVerifier.Inputs.inFolder(folder == null ? Path.of(".") : folderOf(folder));
            return new CommandLine(false, quiet, threads, new LogVerifier.Inputs(
                    entries != null ? entries : defaults.entries(),
                    treeHeads != null ? treeHeads : defaults.treeHeads(),
                    publicKey != null ? publicKey : defaults.publicKey(),
                    consistency != null ? consistency : defaults.consistency(),
                    frontier != null ? frontier : defaults.frontier()));
        }

        /** A folder as it is; a file (the portal's {@code log.zip}) as the root of the zip's files. */
        private static Path folderOf(Path folder) {
            if (!Files.isRegularFile(folder)) {
                return folder;
            }
            try {
                // left open: the command reads from it until it exits
                return FileSystems.newFileSystem(folder).getRootDirectories().iterator().next();
            } catch (IOException | ProviderNotFoundException e) {
                throw new IllegalArgumentException(folder + " is neither a folder nor a zip file: " + e.getMessage());
            }
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int threads(String value) {
            try {
                int threads = Integer.parseInt(value);
                if (threads >= 1 && threads <= 64) {
                    return threads;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--threads needs a number from 1 to 64, got " + value);
        }
    }
}
