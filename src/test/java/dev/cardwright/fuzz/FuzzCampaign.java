package dev.cardwright.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.testing.SharedCorpus;
import dev.cardwright.yaml.CardSourceFile;

/**
 * A fuzzing run: mutants of the corpus cards (as READMEs and as card sources) and generated
 * templates, each through {@link FuzzTargets} on a worker thread the harness stops when it passes
 * the time bound. Every input has its own seed, derived from the run's, so any finding replays
 * alone; findings are grouped by signature (target, throwable, first frame of ours), shrunk line
 * by line and, with an output folder, written out as reproducers.
 *
 * <p>{@code main} is the long run ({@code mvn -Pfuzz verify}, or {@code java … FuzzCampaign
 * --minutes 60 --seed random --out DIR}).
 */
final class FuzzCampaign {
    record Finding(String signature, String target, long seed, String mutation, String detail, byte[] input) {
    }

    private final long seed;
    private final long boundMillis;
    private final long shrinkMillis;
    private final Path out;
    private final PrintStream log;
    private final List<byte[]> readmes = new ArrayList<>();
    private final List<byte[]> cardSources = new ArrayList<>();
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private ExecutorService worker;
    private final AtomicReference<Thread> workerThread = new AtomicReference<>();
    private long inputs;
    private long timeouts;

    FuzzCampaign(long seed, long boundMillis, Path out, PrintStream log) throws IOException {
        this(seed, boundMillis, out, log, Integer.MAX_VALUE, 30_000);
    }

    /** {@code maxCardBytes}: only corpus cards up to this size are mutated (the quick run keeps to small ones). */
    FuzzCampaign(long seed, long boundMillis, Path out, PrintStream log, int maxCardBytes, long shrinkMillis) throws IOException {
        this.seed = seed;
        this.shrinkMillis = shrinkMillis;
        this.boundMillis = boundMillis;
        this.out = out;
        this.log = log;
        List<Path> files = SharedCorpus.cardFiles();
        for (int i = 0; i < files.size(); i++) {
            if (Files.size(files.get(i)) > maxCardBytes) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(files.get(i));
            readmes.add(bytes);
            if (i % 5 == 0) {
                try {
                    cardSources.add(CardSourceFile.toYaml(ReadmeReader.read(bytes, "README.md")).getBytes(StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    // a corpus card that does not import is still a README input
                }
            }
        }
        newWorker();
    }

    boolean hasCorpus() {
        return !readmes.isEmpty();
    }

    long inputs() {
        return inputs;
    }

    long timeouts() {
        return timeouts;
    }

    Map<String, Finding> findings() {
        return findings;
    }

    static long inputSeed(long runSeed, long i) {
        long z = runSeed + (i + 1) * 0x9E3779B97F4A7C15L; // SplitMix64: neighbouring inputs get unrelated seeds
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Runs inputs until {@code maxInputs} or {@code maxMillis}, whichever comes first. */
    void run(long maxInputs, long maxMillis) {
        long start = System.currentTimeMillis();
        long lastReport = start;
        for (long i = 0; i < maxInputs && System.currentTimeMillis() - start < maxMillis; i++) {
            one(inputSeed(seed, i));
            if (System.currentTimeMillis() - lastReport > 60_000) {
                lastReport = System.currentTimeMillis();
                log.printf("fuzz: %d inputs, %d findings, %d timeouts, %d s%n", inputs, findings.size(), timeouts,
                        (lastReport - start) / 1000);
            }
        }
        worker.shutdownNow();
    }

    /** The input of one seed: which target it goes to and its bytes. */
    private record Input(String target, String mutation, byte[] bytes) {
    }

    private Input input(long inputSeed) {
        java.util.Random pick = new java.util.Random(inputSeed);
        int kind = pick.nextInt(8);
        if (kind == 7 || readmes.isEmpty()) {
            return new Input("render", "generated", new JinjaGenerator(inputSeed).template().getBytes(StandardCharsets.UTF_8));
        }
        boolean source = kind == 6 && !cardSources.isEmpty();
        List<byte[]> pool = source ? cardSources : readmes;
        byte[] base = pool.get(pick.nextInt(pool.size()));
        StringBuilder mutation = new StringBuilder();
        byte[] mutant = new Mutator(pick.nextLong(), readmes).mutate(base, mutation);
        return new Input(source ? "card-source" : "readme", mutation.toString(), mutant);
    }

    void one(long inputSeed) {
        Input in = input(inputSeed);
        inputs++;
        String failure = attempt(in.target(), in.bytes());
        if (failure == null) {
            return;
        }
        String signature = failure.lines().findFirst().orElse(failure);
        if (findings.containsKey(signature)) {
            return;
        }
        byte[] small = signature.contains("timeout") ? in.bytes() : shrink(in.target(), in.bytes(), signature);
        Finding f = new Finding(signature, in.target(), inputSeed, in.mutation(), failure, small);
        findings.put(signature, f);
        log.printf("fuzz: FINDING %s (seed %d, %s, %d bytes after shrinking from %d)%n", signature, inputSeed,
                in.mutation(), small.length, in.bytes().length);
        save(f);
    }

    /** Null when the input passes; else a signature line and the detail. */
    String attempt(String target, byte[] bytes) {
        Future<?> task = worker.submit(() -> {
            workerThread.set(Thread.currentThread());
            switch (target) {
                case "render" -> FuzzTargets.template(new String(bytes, StandardCharsets.UTF_8));
                case "card-source" -> FuzzTargets.cardSource(bytes);
                default -> FuzzTargets.readme(bytes);
            }
            return null;
        });
        try {
            task.get(boundMillis, TimeUnit.MILLISECONDS);
            return null;
        } catch (TimeoutException e) {
            timeouts++;
            abandonWorker();
            return target + " timeout (over " + boundMillis + " ms)";
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            return target + " " + t.getClass().getSimpleName() + " at " + firstOwnFrame(t)
                    + (t instanceof FuzzTargets.Broken ? ": " + t.getMessage().replaceAll("\\(.*", "") : "")
                    + "\n" + trace(t);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return target + " interrupted";
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void abandonWorker() {
        worker.shutdownNow();
        Thread t = workerThread.get();
        if (t != null) {
            try {
                t.stop(); // the harness's bound: a runaway input must not keep a core busy for the rest of the run
            } catch (UnsupportedOperationException ignored) {
                // newer JDKs: the daemon thread is left to finish
            }
        }
        newWorker();
    }

    private void newWorker() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-worker", 0);
            t.setDaemon(true);
            return t;
        });
    }

    private static String firstOwnFrame(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("dev.cardwright.") && !e.getClassName().startsWith("dev.cardwright.fuzz.")) {
                return e.getClassName().replace("dev.cardwright.", "") + "." + e.getMethodName();
            }
        }
        StackTraceElement[] st = t.getStackTrace();
        return st.length == 0 ? "?" : st[0].getClassName() + "." + st[0].getMethodName();
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 6000 ? s.substring(0, 6000) + "\n…" : s;
    }

    /** Drops chunks of lines (then of bytes) while the same signature comes out. */
    private byte[] shrink(String target, byte[] input, String signature) {
        byte[] best = input;
        long deadline = System.currentTimeMillis() + shrinkMillis;
        for (int unit : new int[] {'\n', -1}) {
            List<byte[]> pieces = split(best, unit);
            int chunk = Math.max(1, pieces.size() / 2);
            while (chunk >= 1 && System.currentTimeMillis() < deadline) {
                boolean removed = false;
                for (int at = 0; at + chunk <= pieces.size() && System.currentTimeMillis() < deadline; ) {
                    List<byte[]> trial = new ArrayList<>(pieces.subList(0, at));
                    trial.addAll(pieces.subList(at + chunk, pieces.size()));
                    byte[] candidate = join(trial);
                    String again = attempt(target, candidate);
                    if (again != null && again.lines().findFirst().orElse("").equals(signature)) {
                        pieces = trial;
                        best = candidate;
                        removed = true;
                    } else {
                        at += chunk;
                    }
                }
                if (!removed) {
                    chunk /= 2;
                }
            }
        }
        return best;
    }

    private static List<byte[]> split(byte[] bytes, int unit) {
        List<byte[]> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (unit < 0 || bytes[i] == unit) {
                pieces.add(java.util.Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            pieces.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return pieces;
    }

    private static byte[] join(List<byte[]> pieces) {
        int n = pieces.stream().mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : pieces) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private void save(Finding f) {
        if (out == null) {
            return;
        }
        try {
            Files.createDirectories(out);
            String name = f.target() + "-" + Long.toUnsignedString(f.seed());
            Files.write(out.resolve(name + ".input"), f.input());
            Files.writeString(out.resolve(name + ".txt"), "seed: " + Long.toUnsignedString(f.seed()) + "\nmutation: " + f.mutation()
                    + "\nreplay: -Dcardwright.fuzz.replay=" + Long.toUnsignedString(f.seed()) + "\n\n" + f.detail());
        } catch (IOException e) {
            log.println("fuzz: cannot write the reproducer: " + e);
        }
    }

    /** {@code --minutes M --seed N|random --out DIR [--bound-ms B]}: the long run. */
    public static void main(String[] args) throws Exception {
        long minutes = 60;
        long runSeed = new java.security.SecureRandom().nextLong();
        Path outDir = Path.of("target/fuzz");
        long bound = 20_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--minutes" -> minutes = Long.parseLong(args[i + 1]);
                case "--seed" -> runSeed = args[i + 1].equals("random") ? runSeed : Long.parseUnsignedLong(args[i + 1]);
                case "--out" -> outDir = Path.of(args[i + 1]);
                case "--bound-ms" -> bound = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println("fuzz: seed " + Long.toUnsignedString(runSeed) + ", " + minutes + " min, reproducers in " + outDir);
        FuzzCampaign c = new FuzzCampaign(runSeed, bound, outDir, System.out);
        if (!c.hasCorpus()) {
            System.out.println("fuzz: no corpus (../shared/corpus/cards); only templates are generated");
        }
        c.run(Long.MAX_VALUE, minutes * 60_000);
        System.out.println("fuzz: done: seed " + Long.toUnsignedString(runSeed) + ", " + c.inputs() + " inputs, "
                + c.findings().size() + " findings, " + c.timeouts() + " timeouts");
        for (Finding f : c.findings().values()) {
            System.out.println("fuzz: finding " + f.signature() + " seed " + Long.toUnsignedString(f.seed()));
        }
        System.exit(c.findings().isEmpty() ? 0 : 1);
    }
}
