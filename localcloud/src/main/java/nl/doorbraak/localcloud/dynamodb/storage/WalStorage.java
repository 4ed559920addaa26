package nl.doorbraak.localcloud.dynamodb.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Durable storage: a write-ahead log with group commit, plus snapshots that replace the log when it grows.
 *
 * <p>Files in the directory: {@code snapshot-G.log} (the whole state when generation G began, written to a temporary
 * file, fsynced and renamed into place) and {@code wal-G.log} (every commit since). Both hold frames
 * {@code [length:int][crc32:int][payload]}, one commit per frame, so a commit is all-or-nothing on recovery.
 * One writer thread takes every queued commit, writes them, calls {@code force} once and only then completes their
 * futures (group commit); the engine acknowledges a write to its client only after that. Recovery reads the newest
 * snapshot and its log up to the first torn or corrupt frame, and truncates the log there.
 */
public final class WalStorage implements Storage {
    private static final long COMPACT_BYTES = 64L << 20;

    private final Path dir;
    private final long compactBytes;
    private final LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile IOException failure;
    private FileChannel wal;
    private long generation;
    private long walBytes;
    private volatile boolean closing;

    private sealed interface Task {}
    private record Append(byte[] frame, CompletableFuture<Void> done) implements Task {}
    private record Rotate(List<byte[]> snapshotFrames, long newGeneration) implements Task {}
    private record Stop(CompletableFuture<Void> done) implements Task {}

    public WalStorage(Path dir) {
        this(dir, COMPACT_BYTES);
    }

    public WalStorage(Path dir, long compactBytes) {
        this.dir = dir;
        this.compactBytes = compactBytes;
        this.writer = Thread.ofPlatform().daemon().name("dynamodb-wal").unstarted(this::writeLoop);
    }

    @Override
    public void recover(Consumer<List<Mutation>> sink) throws IOException {
        Files.createDirectories(dir);
        long gen = 0;
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith("snapshot-") && n.endsWith(".log")) {
                    gen = Math.max(gen, Long.parseLong(n.substring(9, n.length() - 4)));
                }
            }
        }
        generation = gen;
        Path snapshot = dir.resolve("snapshot-" + gen + ".log");
        if (Files.exists(snapshot)) {
            readFrames(snapshot, sink, false);
        }
        Path log = walPath(gen);
        long good = Files.exists(log) ? readFrames(log, sink, true) : 0;
        wal = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        wal.truncate(good);
        wal.position(good);
        wal.force(true);
        walBytes = good;
        deleteStale();
        syncDirectory();
        writer.start();
    }

    /** Reads frames, feeding each commit to the sink; returns the offset after the last good frame. */
    private long readFrames(Path file, Consumer<List<Mutation>> sink, boolean tolerateTornTail) throws IOException {
        byte[] all = Files.readAllBytes(file);
        ByteBuffer buf = ByteBuffer.wrap(all);
        long good = 0;
        while (buf.remaining() >= 8) {
            int len = buf.getInt();
            int crc = buf.getInt();
            if (len < 0 || len > buf.remaining()) break;
            byte[] payload = new byte[len];
            buf.get(payload);
            CRC32 c = new CRC32();
            c.update(payload);
            if ((int) c.getValue() != crc) break;
            List<Mutation> commit;
            try {
                commit = MutationCodec.decode(payload);
            } catch (IOException e) {
                break;
            }
            sink.accept(commit);
            good = buf.position();
        }
        if (!tolerateTornTail && good != all.length) {
            throw new IOException("snapshot " + file + " is damaged at offset " + good);
        }
        return good;
    }

    private static byte[] frame(byte[] payload) {
        CRC32 c = new CRC32();
        c.update(payload);
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putInt(payload.length).putInt((int) c.getValue()).put(payload);
        return b.array();
    }

    @Override
    public Durable append(List<Mutation> commit) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (failure != null || closing) {
            done.completeExceptionally(failure != null ? failure : new IOException("storage closed"));
        } else {
            byte[] f = frame(MutationCodec.encode(commit));
            walBytes += f.length;
            queue.add(new Append(f, done));
        }
        return () -> {
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the log", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
        };
    }

    @Override
    public void maybeCompact(Supplier<List<Mutation>> fullState) {
        if (walBytes < compactBytes || failure != null || closing) return;
        List<Mutation> state = fullState.get();
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < state.size(); i += 500) {
            frames.add(frame(MutationCodec.encode(state.subList(i, Math.min(state.size(), i + 500)))));
        }
        walBytes = 0;
        queue.add(new Rotate(frames, ++generationPlanned));
    }

    private long generationPlanned = -1;

    private void writeLoop() {
        List<Task> batch = new ArrayList<>();
        while (true) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch);
            List<CompletableFuture<Void>> waiting = new ArrayList<>();
            CompletableFuture<Void> stop = null;
            try {
                for (Task t : batch) {
                    switch (t) {
                        case Append a -> {
                            writeFully(wal, a.frame());
                            waiting.add(a.done());
                        }
                        case Rotate r -> {
                            wal.force(false);
                            rotate(r);
                        }
                        case Stop s -> stop = s.done();
                    }
                }
                wal.force(false);
                waiting.forEach(f -> f.complete(null));
            } catch (IOException e) {
                failure = e;
                waiting.forEach(f -> f.completeExceptionally(e));
            }
            if (stop != null) {
                try {
                    wal.close();
                } catch (IOException ignored) {
                    // closing after a final force; nothing left to lose
                }
                stop.complete(null);
                return;
            }
        }
    }

    private void rotate(Rotate r) throws IOException {
        long next = r.newGeneration();
        Path tmp = dir.resolve("snapshot-" + next + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (byte[] f : r.snapshotFrames()) writeFully(ch, f);
            ch.force(true);
        }
        Files.move(tmp, dir.resolve("snapshot-" + next + ".log"), StandardCopyOption.ATOMIC_MOVE);
        syncDirectory();
        FileChannel fresh = FileChannel.open(walPath(next), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        fresh.force(true);
        syncDirectory();
        wal.close();
        wal = fresh;
        generation = next;
        deleteStale();
    }

    private void deleteStale() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                boolean current = n.equals("snapshot-" + generation + ".log") || n.equals("wal-" + generation + ".log");
                if (!current && (n.startsWith("snapshot-") || n.startsWith("wal-"))) Files.deleteIfExists(p);
            }
        }
        if (generationPlanned < generation) generationPlanned = generation;
    }

    private Path walPath(long gen) {
        return dir.resolve("wal-" + gen + ".log");
    }

    private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) ch.write(b);
    }

    private void syncDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException ignored) {
            // some file systems refuse to open a directory; the rename is still atomic there
        }
    }

    @Override
    public void close() throws IOException {
        if (closing) return;
        closing = true;
        if (!writer.isAlive()) return;
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(new Stop(done));
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
