package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.fact.FactKind;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleId;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.CareerDataProviderFactory;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * The role index of the built-in catalog made at build time ({@value #RESOURCE} in careerfit-all's jar): every
 * role's id, title, codes, providers and kinds of fact, so that listing the roles needs no provider opened
 * ({@link CareerCatalog.Builder#rolesFromShippedIndex()}). Read in a few milliseconds instead of the 100-250 ms
 * opening the providers takes (docs/performance.md, "Start-up").
 *
 * <p>It is used only for the catalog it was made from: it names every provider class registered on the class path
 * then, and the size and CRC-32 of every class file and resource under {@code dev/careerfit/} of the code it was
 * made with (core, each provider's jar, the snapshot reader and any other class the build names), and a catalog
 * checks them all before it trusts the index (the CRCs of a jar's entries are in its directory, so no data is
 * read). Another provider on the class path, a changed snapshot or class, settings, a release: the providers are
 * opened as before. A file that is damaged (its own CRC-32 does not match) or of another format is an error that
 * says so, never a wrong list.
 *
 * @since 0.3
 */
@Api(Api.Status.INTERNAL)
public final class ShippedRoleIndex {
    /** Where careerfit-all ships it. */
    public static final String RESOURCE = "META-INF/careerfit/role-index.bin";
    static final String FORMAT = "careerfit-role-index/2";
    private static final String PREFIX = "dev/careerfit/";

    private final List<RoleSummary> roles;
    private final String fingerprint;
    private final List<WorkFactor> factors;

    private ShippedRoleIndex(List<RoleSummary> roles, String fingerprint, List<WorkFactor> factors) {
        this.roles = roles;
        this.fingerprint = fingerprint;
        this.factors = factors;
    }

    List<RoleSummary> roles() {
        return roles;
    }

    /** The providers' lines of the {@linkplain CareerCatalog#fingerprint() fingerprint} of the catalog it was made from. */
    String fingerprint() {
        return fingerprint;
    }

    /** The work factors of the catalog it was made from: the standard ones, then those its providers declare. */
    List<WorkFactor> factors() {
        return factors;
    }

    /**
     * Writes the index of {@code catalog} (loaded with every provider registered on {@code loader}, nothing failed)
     * to {@code out}, keyed by those providers and by the code of {@code anchors}' jars or folders and of each
     * provider's: its roles, its work factors and its providers' {@linkplain CareerCatalog#fingerprint()
     * fingerprint}, what a scorer asks of a catalog before any role's facts.
     *
     * @param anchors names of classes whose jars (or class folders) hold code the role index depends on besides
     *                the providers' own and core's: the snapshot reader, say
     */
    public static void write(CareerCatalog catalog, ClassLoader loader, List<String> anchors, OutputStream out)
            throws IOException {
        if (!catalog.failures().isEmpty() || catalog.providers().stream().anyMatch(p -> !p.report().problems().isEmpty())) {
            throw new CareerfitException("the role index is made only from a catalog that loaded without failures "
                    + "or problems: " + catalog.failures());
        }
        Registrations registered = Registrations.on(loader);
        List<String> anchorNames = new ArrayList<>();
        anchorNames.add(CareerCatalog.class.getName());
        anchorNames.addAll(registered.providers);
        anchorNames.addAll(registered.factories);
        anchorNames.addAll(anchors);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeUTF(FORMAT);
        strings(data, registered.providers);
        strings(data, registered.factories);
        Set<URL> seen = new HashSet<>();
        List<String> written = new ArrayList<>();
        List<Map<String, long[]>> entries = new ArrayList<>();
        for (String anchor : anchorNames) {
            URL where = codeSource(loader, anchor);
            if (where == null) {
                throw new CareerfitException("class " + anchor + " is not on the class path");
            }
            if (seen.add(where)) {
                written.add(anchor);
                entries.add(listEntries(where, anchor));
            }
        }
        data.writeInt(written.size());
        for (int i = 0; i < written.size(); i++) {
            data.writeUTF(written.get(i));
            data.writeInt(entries.get(i).size());
            for (Map.Entry<String, long[]> e : entries.get(i).entrySet()) {
                data.writeUTF(e.getKey());
                data.writeLong(e.getValue()[0]);
                data.writeLong(e.getValue()[1]);
            }
        }
        // Providers and kinds by their place in two tables, written once: most roles share a few of each.
        List<String> providerTable = catalog.roles().stream().flatMap(r -> r.providers().stream()).distinct().toList();
        List<String> kindTable = catalog.roles().stream().flatMap(r -> r.kinds().stream()).map(FactKind::id)
                .distinct().sorted().toList();
        strings(data, providerTable);
        strings(data, kindTable);
        data.writeUTF(CareerCatalog.fingerprint(catalog.providers()));
        data.writeShort(catalog.factors().size());
        for (WorkFactor f : catalog.factors()) {
            data.writeUTF(f.id().value());
            data.writeUTF(f.name());
            data.writeUTF(f.description());
        }
        data.writeInt(catalog.size());
        for (RoleSummary s : catalog.roles()) {
            data.writeUTF(s.id().value());
            data.writeUTF(s.title());
            data.writeShort(s.codes().size());
            for (OccupationCode c : s.codes()) {
                data.writeUTF(c.scheme());
                data.writeUTF(c.code());
            }
            places(data, s.providers(), providerTable);
            places(data, s.kinds().stream().map(FactKind::id).sorted().toList(), kindTable);
        }
        data.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        data.writeLong(crc.getValue());
        data.flush();
        out.write(bytes.toByteArray());
    }

    /**
     * The index shipped on {@code loader}, when there is one and it was made from exactly the providers and code
     * on it; empty otherwise.
     *
     * @throws CareerfitException when the file is damaged or of another format
     */
    static Optional<ShippedRoleIndex> read(ClassLoader loader) {
        URL url = loader.getResource(RESOURCE);
        if (url == null) {
            return Optional.empty();
        }
        byte[] file;
        try (InputStream in = url.openStream()) {
            file = in.readAllBytes();
        } catch (IOException e) {
            throw damaged(url, "it cannot be read: " + e.getMessage());
        }
        try {
            return read(file, loader, url);
        } catch (CareerfitException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(url, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    static Optional<ShippedRoleIndex> read(byte[] file, ClassLoader loader, URL url) throws IOException {
        if (file.length < 8) {
            throw damaged(url, "it is " + file.length + " bytes long");
        }
        CRC32 crc = new CRC32();
        crc.update(file, 0, file.length - 8);
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(file));
        long stored = new DataInputStream(new ByteArrayInputStream(file, file.length - 8, 8)).readLong();
        if (stored != crc.getValue()) {
            throw damaged(url, "its CRC-32 does not match its contents");
        }
        String format = data.readUTF();
        if (!format.equals(FORMAT)) {
            throw damaged(url, "its format is '" + format + "', and this careerfit reads '" + FORMAT
                    + "'; use careerfit-all of the same version as careerfit-core");
        }
        Registrations registered = Registrations.on(loader);
        if (!registered.providers.equals(strings(data)) || !registered.factories.equals(strings(data))) {
            return Optional.empty();
        }
        int anchors = data.readInt();
        boolean current = true;
        for (int a = 0; a < anchors; a++) {
            String anchor = data.readUTF();
            int n = data.readInt();
            Map<String, long[]> expected = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                expected.put(data.readUTF(), new long[] {data.readLong(), data.readLong()});
            }
            current = current && matches(loader, anchor, expected);
        }
        if (!current) {
            return Optional.empty();
        }
        List<String> providerTable = strings(data);
        List<String> kindTable = strings(data);
        String fingerprint = data.readUTF();
        int factorCount = data.readUnsignedShort();
        List<WorkFactor> factors = new ArrayList<>(factorCount);
        for (int f = 0; f < factorCount; f++) {
            factors.add(WorkFactor.of(data.readUTF(), data.readUTF(), data.readUTF()));
        }
        int count = data.readInt();
        List<RoleSummary> roles = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            RoleId id = RoleId.of(data.readUTF());
            String title = data.readUTF();
            int codes = data.readUnsignedShort();
            List<OccupationCode> codeList = new ArrayList<>(codes);
            for (int c = 0; c < codes; c++) {
                codeList.add(new OccupationCode(data.readUTF(), data.readUTF()));
            }
            int providers = data.readUnsignedByte();
            List<String> providerList = new ArrayList<>(providers);
            for (int p = 0; p < providers; p++) {
                providerList.add(providerTable.get(data.readUnsignedShort()));
            }
            int kinds = data.readUnsignedByte();
            List<String> kindIds = new ArrayList<>(kinds);
            for (int k = 0; k < kinds; k++) {
                kindIds.add(kindTable.get(data.readUnsignedShort()));
            }
            roles.add(new RoleSummary(id, title, codeList, providerList, new KindsById(kindIds)));
        }
        return Optional.of(new ShippedRoleIndex(Collections.unmodifiableList(roles), fingerprint,
                List.copyOf(factors)));
    }

    private static CareerfitException damaged(URL url, String why) {
        return new CareerfitException("the role index " + url + " is damaged (" + why + "); rebuild careerfit-all "
                + "(./mvnw install) or remove it from the class path");
    }

    /**
     * The provider classes registered on a class loader, sorted (the catalog orders providers itself), as its
     * {@code META-INF/services} files list them: reading the files costs a fraction of what asking {@link
     * ServiceLoader} for the types does, and on the module path, where providers are declared in module
     * descriptors instead, the index does not match (its anchors' class files are not readable as resources).
     */
    private record Registrations(List<String> providers, List<String> factories) {
        static Registrations on(ClassLoader loader) throws IOException {
            return new Registrations(listed(loader, CareerDataProvider.class), listed(loader,
                    CareerDataProviderFactory.class));
        }

        private static List<String> listed(ClassLoader loader, Class<?> service) throws IOException {
            List<String> names = new ArrayList<>();
            for (URL file : Collections.list(loader.getResources("META-INF/services/" + service.getName()))) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(file.openStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        int hash = line.indexOf('#');
                        String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
                        if (!name.isEmpty() && !names.contains(name)) {
                            names.add(name);
                        }
                    }
                }
            }
            Collections.sort(names);
            return names;
        }
    }

    private static void strings(DataOutputStream data, List<String> values) throws IOException {
        data.writeShort(values.size());
        for (String v : values) {
            data.writeUTF(v);
        }
    }

    /** Each value by its place in {@code table}. */
    private static void places(DataOutputStream data, List<String> values, List<String> table) throws IOException {
        if (values.size() > 255) {
            throw new IllegalArgumentException("more than 255 providers or kinds for one role");
        }
        data.writeByte(values.size());
        for (String v : values) {
            data.writeShort(table.indexOf(v));
        }
    }

    private static List<String> strings(DataInputStream data) throws IOException {
        int n = data.readUnsignedShort();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(data.readUTF());
        }
        return values;
    }

    /** The jar or folder {@code className} is loaded from, as the URL of its class file; null when not found. */
    private static URL codeSource(ClassLoader loader, String className) {
        return loader.getResource(className.replace('.', '/') + ".class");
    }

    /** Size and CRC-32 of every file under {@value #PREFIX} in the jar or folder that holds {@code anchor}. */
    private static Map<String, long[]> listEntries(URL classFile, String anchor) throws IOException {
        Map<String, long[]> entries = new TreeMap<>();
        if (classFile.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) classFile.openConnection();
            try (JarFile jar = new JarFile(path(connection.getJarFileURL()).toFile())) {
                jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(PREFIX))
                        .forEach(e -> entries.put(e.getName(), new long[] {e.getSize(), e.getCrc()}));
            }
        } else {
            Path root = folder(classFile, anchor);
            Path base = root.resolve(PREFIX);
            try (Stream<Path> files = Files.walk(base)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    byte[] content = Files.readAllBytes(f);
                    entries.put(PREFIX + base.relativize(f).toString().replace('\\', '/'),
                            new long[] {content.length, crc(content)});
                }
            }
        }
        return entries;
    }

    /** Whether the jar or folder holding {@code anchor} has exactly these sizes and CRCs for these files. */
    private static boolean matches(ClassLoader loader, String anchor, Map<String, long[]> expected) {
        URL classFile = codeSource(loader, anchor);
        if (classFile == null) {
            return false;
        }
        try {
            if (classFile.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) classFile.openConnection();
                JarFile jar = connection.getJarFile();
                for (Map.Entry<String, long[]> e : expected.entrySet()) {
                    ZipEntry entry = jar.getEntry(e.getKey());
                    if (entry == null || entry.getSize() != e.getValue()[0] || entry.getCrc() != e.getValue()[1]) {
                        return false;
                    }
                }
                return true;
            }
            if (!classFile.getProtocol().equals("file")) {
                return false;
            }
            Path root = folder(classFile, anchor);
            for (Map.Entry<String, long[]> e : expected.entrySet()) {
                Path f = root.resolve(e.getKey());
                if (!Files.isRegularFile(f) || Files.size(f) != e.getValue()[0]
                        || crc(Files.readAllBytes(f)) != e.getValue()[1]) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static Path path(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("not a file: " + url, e);
        }
    }

    private static Path folder(URL classFile, String anchor) throws IOException {
        Path root = path(classFile);
        for (int i = 0; i < anchor.split("\\.").length; i++) {
            root = root.getParent();
        }
        return root;
    }

    private static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }
}
