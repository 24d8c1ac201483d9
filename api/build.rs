//! Lists the built browser assets (`web/graphiql/dist`, committed) for `http::assets`: one
//! `include_bytes!` per file under the path it is served at, so a rebuilt page with new hashed
//! names needs no change to the Rust code, and the binary needs nothing on disk at run time.

// Cargo reads a build script's instructions from its standard output.
#![allow(clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/graphiql/dist");
    // A directory is watched as a whole: any file added, removed or changed in it reruns this.
    println!("cargo::rerun-if-changed={}", dist.display());
    let mut files = Vec::new();
    collect(&dist, &mut files);
    files.sort();
    assert!(
        files.iter().any(|file| file.ends_with("index.html")),
        "{} has no index.html; it is committed — restore it, or rebuild it with \
         `npm ci && npm run build` in web/graphiql",
        dist.display()
    );
    let mut table = String::from("&[\n");
    for file in files {
        let relative = file.strip_prefix(&dist).expect("a file under dist");
        let served = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
        table += &format!(
            "    ({served:?}, include_bytes!({:?})),\n",
            file.display().to_string()
        );
    }
    table += "]\n";
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("Cargo sets OUT_DIR"));
    fs::write(out.join("web_assets.rs"), table).expect("write the asset table");
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
