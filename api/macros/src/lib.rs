//! `#[relation_fields(…)]`: the plain list and connection fields of a record type's to-many
//! relations, each from one entry, added to the type's `#[Object]` impl before async-graphql
//! reads it. A relation itself (child, link, filter, ordering, list name) is declared once in
//! `graphql::lists::relations`; an entry here only names the GraphQL fields and their texts.
//!
//! A procedural macro rather than `macro_rules!`: the fields' `complexity` expressions name
//! `child_complexity`, which async-graphql binds at the `#[Object]` attribute, and tokens from a
//! `macro_rules!` definition cannot see that binding.

use proc_macro::TokenStream;
use proc_macro2::{Delimiter, Group, TokenTree};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token, parse_macro_input};

/// One relation's fields:
/// `Relation -> Node, filter "…" [, list field "…"] [, connection field "…"]`.
struct Entry {
    relation: Ident,
    node: Ident,
    filter: LitStr,
    list: Option<(Ident, LitStr)>,
    connection: Option<(Ident, LitStr)>,
}

impl Parse for Entry {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let relation = input.parse()?;
        input.parse::<Token![->]>()?;
        let node = input.parse()?;
        input.parse::<Token![,]>()?;
        keyword(input, "filter")?;
        let filter = input.parse()?;
        let mut entry = Entry {
            relation,
            node,
            filter,
            list: None,
            connection: None,
        };
        while input.peek(Token![,]) && input.peek2(Ident) {
            input.parse::<Token![,]>()?;
            let which: Ident = input.parse()?;
            let field = (input.parse()?, input.parse()?);
            match which.to_string().as_str() {
                "list" => entry.list = Some(field),
                "connection" => entry.connection = Some(field),
                _ => {
                    return Err(syn::Error::new(
                        which.span(),
                        "expected `list` or `connection`",
                    ));
                }
            }
        }
        Ok(entry)
    }
}

fn keyword(input: ParseStream, expected: &str) -> syn::Result<()> {
    let word: Ident = input.parse()?;
    if word == expected {
        Ok(())
    } else {
        Err(syn::Error::new(
            word.span(),
            format!("expected `{expected}`"),
        ))
    }
}

/// Adds the fields of each entry (separated by `;`) to the `impl` block it is put on.
#[proc_macro_attribute]
pub fn relation_fields(entries: TokenStream, item: TokenStream) -> TokenStream {
    let entries = parse_macro_input!(entries with Punctuated::<Entry, Token![;]>::parse_terminated);
    let fields = entries.iter().map(fields);
    let generated = quote!(#(#fields)*);
    let mut item: Vec<TokenTree> = proc_macro2::TokenStream::from(item).into_iter().collect();
    match item.pop() {
        Some(TokenTree::Group(body)) if body.delimiter() == Delimiter::Brace => {
            let mut stream = body.stream();
            stream.extend(generated);
            let mut extended = Group::new(Delimiter::Brace, stream);
            extended.set_span(body.span());
            item.push(TokenTree::Group(extended));
            item.into_iter()
                .collect::<proc_macro2::TokenStream>()
                .into()
        }
        _ => quote!(compile_error!("`relation_fields` goes on an `impl` block");).into(),
    }
}

/// The list and connection fields of one entry.
fn fields(entry: &Entry) -> proc_macro2::TokenStream {
    let Entry {
        relation,
        node,
        filter,
        ..
    } = entry;
    let filter_type = quote!(Option<Box<<#relation as crate::graphql::lists::Relation>::Filter>>);
    let order_type = quote!(Vec<crate::graphql::lists::OrderBy<<#relation as crate::graphql::lists::Relation>::Order>>);
    let order_desc = "Keys to order by, in turn; the id breaks ties.";
    let list = entry.list.as_ref().map(|(name, doc)| {
        quote! {
            #[doc = #doc]
            #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
            async fn #name(
                &self,
                ctx: &async_graphql::Context<'_>,
                #[graphql(desc = #filter)] filter: #filter_type,
                #[graphql(default, desc = #order_desc)] order_by: #order_type,
            ) -> async_graphql::Result<Vec<#node>> {
                crate::graphql::types::relation_list::<#relation, #node>(ctx, self.0.id, filter, order_by).await
            }
        }
    });
    let connection = entry.connection.as_ref().map(|(name, doc)| {
        quote! {
            #[doc = #doc]
            #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
            #[allow(clippy::too_many_arguments)]
            async fn #name(
                &self,
                ctx: &async_graphql::Context<'_>,
                #[graphql(desc = #filter)] filter: #filter_type,
                #[graphql(default, desc = #order_desc)] order_by: #order_type,
                #[graphql(desc = "Items after this cursor.")] after: Option<String>,
                #[graphql(desc = "Items before this cursor.")] before: Option<String>,
                #[graphql(desc = "The first this many items (default 100, at most the server's maximum page size).")]
                first: Option<i32>,
                #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
                last: Option<i32>,
                #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
            ) -> async_graphql::Result<crate::graphql::connection::Page<#node>> {
                let page = crate::graphql::connection::PageArgs { first, after, last, before, offset };
                crate::graphql::types::relation_page::<#relation, #node>(ctx, self.0.id, filter, order_by, page).await
            }
        }
    });
    quote!(#list #connection)
}
