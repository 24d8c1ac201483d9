//! `#[node_fields]`: the fields every record type has, written once. On a record type's
//! `#[Object]` impl (outermost, so `#[row_fields]` sees them), it adds:
//! - `id`: the global id of the type's kind (`NodeKind::<Type>`), keyed as the kind declares
//!   (`service::records::NodeKey`, written by `identified!`);
//! - `version`: the row's version;
//! - `history` (given `audited`): the record's audit entries, for viewers.
//!
//! The row is the type's field `0`, or the one `model = field` names.

use proc_macro::TokenStream;
use quote::quote;
use syn::{ImplItem, ItemImpl, Member, Type, parse_macro_input};

pub fn node_fields(arguments: TokenStream, item: TokenStream) -> TokenStream {
    let mut audited = false;
    let mut model: Member = syn::parse_quote!(0);
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("audited") {
            audited = true;
            Ok(())
        } else if meta.path.is_ident("model") {
            model = meta.value()?.parse()?;
            Ok(())
        } else {
            Err(meta.error("expected `audited` or `model = field`"))
        }
    });
    parse_macro_input!(arguments with parser);
    let mut item = parse_macro_input!(item as ItemImpl);
    let Type::Path(self_ty) = &*item.self_ty else {
        return quote!(compile_error!("`node_fields` goes on a record type's impl");).into();
    };
    let Some(kind) = self_ty.path.segments.last().map(|segment| &segment.ident) else {
        return quote!(compile_error!("`node_fields` goes on a record type's impl");).into();
    };
    let types = quote!(crate::graphql::types);
    let history = audited.then(|| {
        quote! {
            /// The latest writes to this record, newest first; needs the viewer role.
            #[graphql(guard = "crate::auth::RoleGuard::new(crate::auth::Role::Viewer)")]
            async fn history(
                &self,
                ctx: &async_graphql::Context<'_>,
            ) -> async_graphql::Result<Vec<#types::AuditEntry>> {
                #types::audit::history(ctx, self.id(ctx).await?).await
            }
        }
    });
    let id: ImplItem = syn::parse_quote! {
        /// Globally unique, opaque and stable identifier; `node(id:)` finds the record by it.
        pub async fn id(&self) -> async_graphql::ID {
            let key = crate::service::records::NodeKey::node_key(&self.#model);
            #types::NodeId::new(#types::NodeKind::#kind, key).into()
        }
    };
    let version: ImplItem = syn::parse_quote! {
        /// The record's version, bumped by every edit; updates and deletes send the one they read.
        async fn version(&self) -> i32 {
            self.#model.version
        }
    };
    let mut items = vec![id, version];
    if let Some(history) = history {
        items.push(syn::parse_quote!(#history));
    }
    items.append(&mut item.items);
    item.items = items;
    quote!(#item).into()
}
