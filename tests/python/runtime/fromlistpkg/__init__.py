# a package whose submodule's own import fails
