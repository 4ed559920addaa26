package nl.doorbraak.localcloud.apigateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The local identity provider's RSA signing key (local mode only). Kept in the data directory so tokens stay valid
 * across restarts; generated per run with {@code --in-memory}. Published as a JWKS like Cognito's.
 */
public final class LocalKeys {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KeyPair pair;
    private final String kid;

    private LocalKeys(KeyPair pair) {
        this.pair = pair;
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256").digest(pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.kid = "local-" + HexFormat.of().formatHex(digest, 0, 8);
    }

    public static LocalKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new LocalKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the key from {@code dir}, or generates and saves one there; null dir means a fresh key for this run. */
    public static LocalKeys inDirectory(Path dir) {
        if (dir == null) {
            return generate();
        }
        Path privateFile = dir.resolve("local-signing-key.pk8");
        Path publicFile = dir.resolve("local-signing-key.x509");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new LocalKeys(new KeyPair(
                        rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)))));
            }
            LocalKeys keys = generate();
            Files.createDirectories(dir);
            Files.write(publicFile, keys.pair.getPublic().getEncoded());
            Files.write(privateFile, keys.pair.getPrivate().getEncoded());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String kid() {
        return kid;
    }

    public KeyPair pair() {
        return pair;
    }

    public Optional<PublicKey> publicKey(String keyId) {
        return kid.equals(keyId) ? Optional.of(pair.getPublic()) : Optional.empty();
    }

    /** {@code {"keys":[{kty,kid,use,alg,n,e}]}} */
    public String jwks() {
        RSAPublicKey key = (RSAPublicKey) pair.getPublic();
        ObjectNode jwk = JSON.createObjectNode().put("alg", "RS256").put("e", b64(key.getPublicExponent()))
                .put("kid", kid).put("kty", "RSA").put("n", b64(key.getModulus())).put("use", "sig");
        ObjectNode out = JSON.createObjectNode();
        out.putArray("keys").add(jwk);
        return out.toString();
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
