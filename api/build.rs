//! Lists the built browser pages (each `web/<page>/dist`, committed) for `http::assets`: one
//! `include_bytes!` per file under its path in `dist/`, so a rebuilt page with new hashed names
//! needs no change to the Rust code, and the binary needs nothing on disk at run time.

// Cargo reads a build script's instructions from its standard output.
#![allow(clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::{env, fs};

/// The pages: the constant `http::assets` knows each by, its folder under `web/`, and the path
/// it is served at. A page's Vite `base` is that path with a trailing `/`, so the hashed names
/// its `index.html` links to are the ones served here.
const PAGES: &[(&str, &str, &str)] = &[
    ("GRAPHIQL", "graphiql", "/"),
    ("EXPLORER", "explorer", "/explore"),
];

fn main() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("../web");
    let mut code = String::new();
    for (constant, folder, mount) in PAGES {
        let dist = web.join(folder).join("dist");
        // A directory is watched as a whole: any file added, removed or changed in it reruns this.
        println!("cargo::rerun-if-changed={}", dist.display());
        let mut files = Vec::new();
        collect(&dist, &mut files);
        files.sort();
        assert!(
            files.iter().any(|file| file.ends_with("index.html")),
            "{} has no index.html; it is committed — restore it, or rebuild it with \
             `npm ci && npm run build` in web/{folder}",
            dist.display()
        );
        code += &format!(
            "pub static {constant}: Page = Page {{\n    mount: {mount:?},\n    files: &[\n"
        );
        for file in files {
            let relative = file.strip_prefix(&dist).expect("a file under dist");
            let served = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
            code += &format!(
                "        ({served:?}, include_bytes!({:?})),\n",
                file.display().to_string()
            );
        }
        code += "    ],\n};\n";
    }
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("Cargo sets OUT_DIR"));
    fs::write(out.join("web_assets.rs"), code).expect("write the asset tables");
}

/// Every file under `dir`, recursively.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|error| {
        panic!(
            "cannot read {}: {error} (the built web assets are committed)",
            dir.display()
        )
    });
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}
