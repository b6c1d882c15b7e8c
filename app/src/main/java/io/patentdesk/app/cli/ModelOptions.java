package io.patentdesk.app.cli;

import io.patentdesk.inference.Engine;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.ProviderChoice;
import io.patentdesk.inference.model.ModelFolder;
import io.patentdesk.models.BundledModel;
import io.patentdesk.models.BundledModelException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that pick and run a model, shared by the model subcommands (a picocli mixin). */
public final class ModelOptions {

    @Option(names = "--model", paramLabel = "DIR",
            description = "Model folder (onnxruntime-genai or Optimum export); default: the bundled PatentGPT-mini.")
    Path model;

    @Option(names = "--threads", paramLabel = "N", description = "CPU threads (default: one per physical core).")
    int threads;

    @Option(names = "--provider", paramLabel = "P",
            description = "auto, cpu or cuda (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    String provider;

    /** The model folder: the one given, else the bundled one, else a message saying how to give one. */
    public ModelFolder folder() throws ModelException, BundledModelException {
        return ModelFolder.open(dir());
    }

    /** The model folder's path, not opened (its files are not checked). */
    public Path dir() throws ModelException, BundledModelException {
        if (model != null) {
            return model;
        }
        if (!BundledModel.isBundled()) {
            throw new ModelException("This build has no bundled model: give a model folder with --model DIR.");
        }
        return BundledModel.locate();
    }

    /** Loads the model; a note goes to {@code err} when the GPU asked for is not used. */
    public Engine load(java.io.PrintWriter err) throws ModelException, BundledModelException {
        ProviderChoice choice = switch (provider.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> ProviderChoice.AUTO;
            case "cpu" -> ProviderChoice.CPU;
            case "cuda", "gpu" -> ProviderChoice.CUDA;
            default -> throw new ModelException("Unknown --provider " + provider + ": use auto, cpu or cuda.");
        };
        if (threads < 0) {
            throw new ModelException("--threads must be 0 (one per core) or more.");
        }
        Engine engine = Engine.load(folder(), EngineOptions.defaults().withProvider(choice).withThreads(threads));
        if (choice == ProviderChoice.CUDA && !engine.providerStatus().onGpu()) {
            // asked for the GPU and did not get it: say so once, rather than letting the slower run speak for itself
            err.println("patentdesk: --provider cuda: running on the " + engine.providerStatus().summary());
        }
        return engine;
    }
}
