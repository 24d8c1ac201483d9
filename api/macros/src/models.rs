//! `#[derive(ReadRow)]`, for the entity crate's models: the model read from its entity's row by
//! position (see `entity::row`), its columns named once, by its fields.

use proc_macro::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields, parse_macro_input};

pub fn read_row(item: TokenStream) -> TokenStream {
    let model = parse_macro_input!(item as DeriveInput);
    let Data::Struct(data) = &model.data else {
        return syn::Error::new_spanned(&model.ident, "`ReadRow` reads a struct")
            .to_compile_error()
            .into();
    };
    let Fields::Named(fields) = &data.fields else {
        return syn::Error::new_spanned(&model.ident, "`ReadRow` reads named fields")
            .to_compile_error()
            .into();
    };
    let names: Vec<_> = fields
        .named
        .iter()
        .filter_map(|field| field.ident.as_ref())
        .collect();
    let types = fields.named.iter().map(|field| &field.ty);
    let columns = names.iter().map(|name| name.to_string());
    let positions: Vec<_> = (0..names.len()).collect();
    let ident = &model.ident;
    quote! {
        impl crate::row::ReadRow for #ident {
            const COLUMNS: &'static [&'static str] = &[#(#columns),*];

            fn fits(row: &sea_orm::QueryResult) -> bool {
                crate::row::columns_begin_with(row, Self::COLUMNS)
                    #(&& <#types as crate::row::Cell>::fits(row, #positions))*
            }

            fn read_fitted(row: &sea_orm::QueryResult) -> Result<Self, sea_orm::DbErr> {
                Ok(Self { #(#names: crate::row::Cell::read(row, #positions)?,)* })
            }
        }
    }
    .into()
}
