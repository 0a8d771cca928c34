import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks a staged Maven repository (mvn deploy -DaltDeploymentRepository=local::file:DIR) against what Maven Central
 * requires of every published artifact. Run with: java .ci/CheckStagedDeploy.java DIR VERSION [--signed]
 *
 * <p>For each artifact: the groupId/artifactId/version directory; a .pom, and for jar modules the .jar, -sources.jar
 * and -javadoc.jar (non-empty, readable zips; the main jar holds a module-info.class, or, for a jar of AUTOMATIC, whose
 * framework is not modular, an Automatic-Module-Name in its manifest); a .md5 and a .sha1 next to every
 * file that match its content; and an effective POM (following the parent inside the staging directory) with name,
 * description, url, licenses (name and url), developers, and scm (url and connection). Modules that are not published
 * must be absent. Signatures (.asc) are checked only with a third argument {@code --signed} (after a deploy with
 * -Prelease): signing runs only in the release profile, never in CI.
 */
public class CheckStagedDeploy {
    static final String GROUP = "io.github.loopbaan";
    static final List<String> POM_ONLY = List.of("loopbaan-parent", "loopbaan-bom");
    static final List<String> JARS = List.of("loopbaan-core", "loopbaan-testkit", "loopbaan-validation", "loopbaan-format",
            "loopbaan-serialization", "loopbaan-serialization-jackson2", "loopbaan-spring-boot-starter");
    /** Jars named as automatic modules: Spring Boot's own jars are automatic modules, so a descriptor would only
     *  require automatic modules. */
    static final List<String> AUTOMATIC = List.of("loopbaan-spring-boot-starter");
    static final List<String> UNPUBLISHED = List.of("loopbaan-docs", "loopbaan-benchmarks", "loopbaan-example-spring-boot");

    final Path repo;
    final String version;
    final boolean signed;
    final List<String> problems = new ArrayList<>();

    CheckStagedDeploy(Path repo, String version, boolean signed) {
        this.repo = repo;
        this.version = version;
        this.signed = signed;
    }

    public static void main(String[] args) throws Exception {
        var check = new CheckStagedDeploy(Path.of(args[0]), args[1], args.length > 2 && args[2].equals("--signed"));
        for (String a : POM_ONLY) check.artifact(a, false);
        for (String a : JARS) check.artifact(a, true);
        for (String a : UNPUBLISHED) {
            if (Files.exists(check.dir(a))) check.problems.add(a + ": not published, but found in the staging repository");
        }
        if (check.problems.isEmpty()) {
            System.out.println("staged deploy OK: " + (POM_ONLY.size() + JARS.size()) + " artifacts in " + args[0]
                    + (check.signed ? ", signed" : ", signatures not checked"));
        } else {
            check.problems.forEach(p -> System.out.println("STAGING PROBLEM: " + p));
            System.exit(1);
        }
    }

    Path dir(String artifactId) {
        return repo.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(version);
    }

    /** The file-name prefix of the newest deployment (a SNAPSHOT deploys timestamped names). */
    String prefix(String artifactId) throws IOException {
        Path dir = dir(artifactId);
        if (!Files.isDirectory(dir)) return null;
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(artifactId + "-") && n.endsWith(".pom"))
                    .sorted()
                    .reduce((a, b) -> b)
                    .map(n -> n.substring(0, n.length() - ".pom".length()))
                    .orElse(null);
        }
    }

    static boolean automaticModuleName(ZipFile zip) throws IOException {
        var entry = zip.getEntry("META-INF/MANIFEST.MF");
        if (entry == null) {
            return false;
        }
        try (var in = zip.getInputStream(entry)) {
            String name = new Manifest(in).getMainAttributes().getValue("Automatic-Module-Name");
            return name != null && !name.isBlank();
        }
    }

    void artifact(String artifactId, boolean jar) throws Exception {
        String prefix = prefix(artifactId);
        if (prefix == null) {
            problems.add(artifactId + ": no " + dir(artifactId) + "/" + artifactId + "-*.pom");
            return;
        }
        Path dir = dir(artifactId);
        List<String> files = new ArrayList<>(List.of(prefix + ".pom"));
        if (jar) files.addAll(List.of(prefix + ".jar", prefix + "-sources.jar", prefix + "-javadoc.jar"));
        for (String name : files) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                problems.add(artifactId + ": missing or empty " + name);
                continue;
            }
            checksum(artifactId, file, "md5", "MD5");
            checksum(artifactId, file, "sha1", "SHA-1");
            if (signed && !Files.isRegularFile(file.resolveSibling(name + ".asc"))) {
                problems.add(artifactId + ": missing signature " + name + ".asc");
            }
            if (name.endsWith(".jar")) {
                try (var zip = new ZipFile(file.toFile())) {
                    if (name.equals(prefix + ".jar") && !AUTOMATIC.contains(artifactId)
                            && zip.getEntry("module-info.class") == null) {
                        problems.add(artifactId + ": " + name + " has no module-info.class");
                    }
                    if (name.equals(prefix + ".jar") && AUTOMATIC.contains(artifactId)
                            && !automaticModuleName(zip)) {
                        problems.add(artifactId + ": " + name + " names no Automatic-Module-Name in its manifest");
                    }
                    if (name.endsWith("-javadoc.jar") && zip.getEntry("index.html") == null) {
                        problems.add(artifactId + ": " + name + " has no index.html");
                    }
                } catch (IOException e) {
                    problems.add(artifactId + ": " + name + " is not a readable jar: " + e.getMessage());
                }
            }
        }
        Document pom = read(dir.resolve(prefix + ".pom"));
        if (!GROUP.equals(effective(pom, "groupId"))) problems.add(artifactId + ": groupId is not " + GROUP);
        if (!artifactId.equals(text(pom, "/project/artifactId"))) problems.add(artifactId + ": POM artifactId differs");
        if (!version.equals(effective(pom, "version"))) problems.add(artifactId + ": POM version is not " + version);
        for (String element : List.of("name", "description", "url", "licenses/license/name", "licenses/license/url",
                "developers/developer", "scm/url", "scm/connection")) {
            if (effective(pom, element) == null) problems.add(artifactId + ": effective POM has no " + element);
        }
    }

    void checksum(String artifactId, Path file, String extension, String algorithm) throws Exception {
        Path sum = file.resolveSibling(file.getFileName() + "." + extension);
        if (!Files.isRegularFile(sum)) {
            problems.add(artifactId + ": missing " + sum.getFileName());
            return;
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
        String actual = Files.readString(sum).trim().split("\\s+")[0];
        if (!expected.equalsIgnoreCase(actual)) problems.add(artifactId + ": " + sum.getFileName() + " does not match");
    }

    /** The element's text in this POM or, when absent, in its parent's (looked up in the staging repository). */
    String effective(Document pom, String element) throws Exception {
        String value = text(pom, "/project/" + element);
        if (value != null) return value;
        if (element.equals("groupId") || element.equals("version")) {
            return text(pom, "/project/parent/" + element);
        }
        String parentId = text(pom, "/project/parent/artifactId");
        if (parentId == null || !GROUP.equals(text(pom, "/project/parent/groupId"))) return null;
        String prefix = prefix(parentId);
        return prefix == null ? null : effective(read(dir(parentId).resolve(prefix + ".pom")), element);
    }

    static String text(Document pom, String path) throws Exception {
        var node = (Element) XPathFactory.newInstance().newXPath().evaluate(path, pom, XPathConstants.NODE);
        if (node == null) return null;
        String text = node.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    static Document read(Path pom) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }
}
