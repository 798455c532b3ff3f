package org.carebench.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * The jar's entry point. Spring Boot's launcher opens every library nested in the jar (DuckDB's alone
 * is 80 MB) before the first line of the program runs, which costs seconds; the commands that run
 * no job ({@code status}, {@code history}, {@code rollback}, {@code --help}) need none of them, so
 * they run straight from the jar's own classes and everything else goes on to Spring Boot's
 * launcher. The build copies this class to the root of the jar and names it the Main-Class.
 */
public final class QuickLauncher {

    private static final String QUICK_MAIN = "org.carebench.pipeline.cli.QuickMain";
    private static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private QuickLauncher() {}

    public static void main(String[] args) throws Exception {
        URL jar = QuickLauncher.class.getProtectionDomain().getCodeSource().getLocation();
        if (jar.getPath().endsWith(".jar")) {
            URLClassLoader classes = new URLClassLoader(
                    new URL[] {new URL("jar:" + jar + "!/BOOT-INF/classes/")}, ClassLoader.getPlatformClassLoader());
            int exit = (int) call(classes.loadClass(QUICK_MAIN), "run", args);
            if (exit >= 0) {
                System.exit(exit);
            }
            classes.close();
        }
        call(Class.forName(SPRING_BOOT_LAUNCHER), "main", args);
    }

    private static Object call(Class<?> type, String method, String[] args) throws Exception {
        try {
            return type.getMethod(method, String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
