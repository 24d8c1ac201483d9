//! `#[optional_fields]`, for the records of the dataset's file format: an `Option` field may
//! be left out of a file, and is left out when `None`. Serde's attribute for it, written once
//! per record instead of once per field.

use proc_macro::TokenStream;
use quote::quote;
use syn::{Field, ItemStruct, Type, parse_macro_input, parse_quote};

pub fn optional_fields(item: TokenStream) -> TokenStream {
    let mut record = parse_macro_input!(item as ItemStruct);
    for field in record.fields.iter_mut().filter(|field| is_option(field)) {
        field
            .attrs
            .push(parse_quote!(#[serde(skip_serializing_if = "Option::is_none")]));
    }
    quote!(#record).into()
}

/// Whether the field's type is written `Option<…>`. (Serde fills a missing `Option` field with
/// `None` already.)
fn is_option(field: &Field) -> bool {
    matches!(&field.ty, Type::Path(path)
        if path.qself.is_none()
            && path.path.segments.len() == 1
            && path.path.segments[0].ident == "Option")
}
