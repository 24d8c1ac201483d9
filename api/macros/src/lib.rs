//! Attributes that write an `#[Object]` impl's repeated fields and arguments once, applied before
//! async-graphql reads the impl:
//! - `#[relation_fields(…)]`: the plain list and connection fields of a record type's to-many
//!   relations, each from one entry. A relation itself (child, link, filter, ordering, list
//!   name) is declared once in `graphql::lists::relations`; an entry here only names the GraphQL
//!   fields and their texts.
//! - `#[paged]`: every field taking `page: PageArgs` takes the five paging arguments of a Relay
//!   connection instead, gathered back into `page`.
//! - `#[row_fields]`: the fields computed from the row alone, as a synchronous table, so a
//!   data-only selection is answered straight from rows (`graphql::rows`).
//! - `#[root_lists]`: a kind's root list, connection and aggregate fields from one declaration
//!   of the arguments they share.
//! - `#[node_fields]`: the `id`, `version` and `history` fields every record type has.
//!
//! Procedural macros rather than `macro_rules!`: the fields' `complexity` expressions name
//! `child_complexity`, which async-graphql binds at the `#[Object]` attribute, and tokens from a
//! `macro_rules!` definition cannot see that binding.

use proc_macro::TokenStream;
use proc_macro2::{Delimiter, Group, TokenTree};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{
    FnArg, Ident, ImplItem, ItemImpl, LitStr, Pat, Token, Type, parse_macro_input, parse_quote,
};

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
            ) -> async_graphql::Result<crate::graphql::rows::Rows<#node>> {
                let list = crate::graphql::types::relation_list::<#relation, #node>(ctx, self.0.id, filter, order_by);
                list.await.map(crate::graphql::rows::Rows::from)
            }
        }
    });
    let paging = paging_arguments();
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
                #paging
            ) -> async_graphql::Result<crate::graphql::connection::Page<#node>> {
                let page = crate::graphql::connection::PageArgs { first, after, last, before, offset };
                crate::graphql::types::relation_page::<#relation, #node>(ctx, self.0.id, filter, order_by, page).await
            }
        }
    });
    quote!(#list #connection)
}

/// Replaces, in every method of the `impl` block it is put on, an argument `page: PageArgs` by
/// the five paging arguments of a connection, and gathers them back into `page` first thing.
#[proc_macro_attribute]
pub fn paged(_: TokenStream, item: TokenStream) -> TokenStream {
    let mut item = parse_macro_input!(item as ItemImpl);
    for method in &mut item.items {
        let ImplItem::Fn(method) = method else {
            continue;
        };
        let Some(page_args) = method.sig.inputs.iter().find_map(page_type) else {
            continue;
        };
        let gathered =
            quote!(let page: #page_args = #page_args { first, after, last, before, offset };);
        let inputs = std::mem::take(&mut method.sig.inputs);
        for input in inputs {
            if page_type(&input).is_some() {
                let paging = paging_arguments();
                let paging: Punctuated<FnArg, Token![,]> = parse_quote!(#paging);
                method.sig.inputs.extend(paging);
            } else {
                method.sig.inputs.push(input);
            }
        }
        method.block.stmts.insert(0, parse_quote!(#gathered));
    }
    quote!(#item).into()
}

/// The type of a method's argument `page: PageArgs`, if it is one.
fn page_type(input: &FnArg) -> Option<Type> {
    let FnArg::Typed(argument) = input else {
        return None;
    };
    let named_page = matches!(&*argument.pat, Pat::Ident(name) if name.ident == "page");
    let of_page_args = matches!(&*argument.ty, Type::Path(path)
        if path.path.segments.last().is_some_and(|segment| segment.ident == "PageArgs"));
    (named_page && of_page_args).then(|| (*argument.ty).clone())
}

/// The paging arguments of a connection, each with its description.
fn paging_arguments() -> proc_macro2::TokenStream {
    quote! {
        #[graphql(desc = "Items after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items before this cursor.")] before: Option<String>,
        #[graphql(desc = "The first this many items (default 100, at most the server's maximum page size).")]
        first: Option<i32>,
        #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
        last: Option<i32>,
        #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
    }
}

/// On a filter input's struct: `#[filter_input(table = module[, list = "rows"])]` makes it an
/// input object with `#[derive(Filter)]` on the rows of `module`, adds its `and`, `or` and
/// `not`, and, given `list`, declares its `some`/`every`/`none` input `<Name>List<…>` ("Conditions
/// on a list of rows.") for the relations that lead to such rows.
#[proc_macro_attribute]
pub fn filter_input(arguments: TokenStream, item: TokenStream) -> TokenStream {
    let mut table: Option<Ident> = None;
    let mut list: Option<LitStr> = None;
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("table") {
            table = Some(meta.value()?.parse()?);
            Ok(())
        } else if meta.path.is_ident("list") {
            list = Some(meta.value()?.parse()?);
            Ok(())
        } else {
            Err(meta.error("expected `table = module` or `list = \"rows\"`"))
        }
    });
    parse_macro_input!(arguments with parser);
    let mut input = parse_macro_input!(item as syn::ItemStruct);
    let name = input.ident.clone();
    let Some(table) = table else {
        return quote!(compile_error!("give `#[filter_input(table = …)]`");).into();
    };
    let syn::Fields::Named(fields) = &mut input.fields else {
        return quote!(compile_error!("a filter has named fields");).into();
    };
    let logic: syn::FieldsNamed = parse_quote!({
        /// Every one of these filters matches.
        pub and: Option<Vec<#name>>,
        /// At least one of these filters matches.
        pub or: Option<Vec<#name>>,
        /// This filter does not match.
        pub not: Option<Box<#name>>,
    });
    let own = std::mem::take(&mut fields.named);
    fields.named = logic.named.into_iter().chain(own).collect();
    let list = list.map(|rows| {
        let list_name = Ident::new(
            &format!("{}ListFilter", name.to_string().trim_end_matches("Filter")),
            name.span(),
        );
        let doc = LitStr::new(
            &format!("Conditions on a list of {}.", rows.value()),
            rows.span(),
        );
        quote! {
            crate::graphql::lists::list_filter!(
                #[doc = #doc]
                #list_name of #name
            );
        }
    });
    quote! {
        #[derive(async_graphql::InputObject, Filter, Debug, Clone)]
        #[filter(table = #table)]
        #input
        #list
    }
    .into()
}

/// `#[derive(Filter)]` on a filter input, with `#[filter(table = module)]` naming the entity
/// module of the rows it filters: compiles each given field to a condition on those rows. A
/// field is, by its attribute:
/// - none: the column of the same name, compared by the field's operators (`and`, `or` and
///   `not` combine filters of the same table);
/// - `#[filter(to_one = Column)]`: the row the column refers to matches the field's filter;
/// - `#[filter(relation = Relation)]`: `some`/`every`/`none` over a declared relation;
/// - `#[filter(with = function)]`: `function(scope, value)` gives the condition.
#[proc_macro_derive(Filter, attributes(filter))]
pub fn derive_filter(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as syn::DeriveInput);
    match filter_impl(&input) {
        Ok(tokens) => tokens.into(),
        Err(error) => error.to_compile_error().into(),
    }
}

fn filter_impl(input: &syn::DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    let name = &input.ident;
    let mut table = None;
    for attribute in input.attrs.iter().filter(|a| a.path().is_ident("filter")) {
        attribute.parse_nested_meta(|meta| {
            if meta.path.is_ident("table") {
                table = Some(meta.value()?.parse::<Ident>()?);
                Ok(())
            } else {
                Err(meta.error("expected `table = module`"))
            }
        })?;
    }
    let table = table.ok_or_else(|| syn::Error::new(name.span(), "give `#[filter(table = …)]`"))?;
    let syn::Data::Struct(data) = &input.data else {
        return Err(syn::Error::new(name.span(), "a filter is a struct"));
    };
    let mut clauses = Vec::new();
    for field in &data.fields {
        let Some(ident) = &field.ident else {
            return Err(syn::Error::new(name.span(), "a filter has named fields"));
        };
        if ["and", "or", "not"].iter().any(|logic| ident == logic) {
            continue;
        }
        let mut clause = None;
        for attribute in field.attrs.iter().filter(|a| a.path().is_ident("filter")) {
            attribute.parse_nested_meta(|meta| {
                let value: syn::Path = meta.value()?.parse()?;
                clause = Some(if meta.path.is_ident("to_one") {
                    quote!(all = all.add(crate::graphql::lists::to_one(scope, scope.col(#table::Column::#value), value)?);)
                } else if meta.path.is_ident("relation") {
                    quote!(all = all.add(crate::graphql::lists::ListFilter::of::<#value>(&**value, scope)?);)
                } else if meta.path.is_ident("with") {
                    quote!(all = all.add(#value(scope, value)?);)
                } else {
                    return Err(meta.error("expected `to_one`, `relation` or `with`"));
                });
                Ok(())
            })?;
        }
        let clause = clause.unwrap_or_else(|| {
            let column = Ident::new(&upper_camel(&ident.to_string()), ident.span());
            quote!(all = all.add(crate::graphql::lists::Operators::on(value, scope.col(#table::Column::#column))?);)
        });
        clauses.push(quote! {
            if let Some(value) = &self.#ident {
                #clause
            }
        });
    }
    Ok(quote! {
        impl crate::graphql::lists::Filter for #name {
            type Entity = #table::Entity;

            fn compile(
                &self,
                scope: &crate::service::filter::Scope,
            ) -> crate::error::AppResult<sea_orm::Condition> {
                let mut all = crate::graphql::lists::logic(scope, &self.and, &self.or, &self.not)?;
                #(#clauses)*
                Ok(all)
            }
        }
    })
}

/// `snake_case` → `UpperCamelCase`, as SeaORM names a column after its field.
fn upper_camel(snake: &str) -> String {
    snake
        .split('_')
        .map(|word| {
            let mut letters = word.chars();
            letters
                .next()
                .map(|first| first.to_uppercase().chain(letters).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// `snake_case` → `lowerCamelCase`, as async-graphql names a field after its method.
fn lower_camel(snake: &str) -> String {
    let upper = upper_camel(snake);
    let mut letters = upper.chars();
    letters
        .next()
        .map(|first| first.to_lowercase().chain(letters).collect())
        .unwrap_or_default()
}

mod records;

/// On a record of the dataset's file format: every `Option` field is left out when `None` (see
/// `records`).
#[proc_macro_attribute]
pub fn optional_fields(_: TokenStream, item: TokenStream) -> TokenStream {
    records::optional_fields(item)
}

mod rows;

/// On a record type's `#[Object]` impl (outside it, so it reads the methods as written): the
/// fields computed from the row alone, as the synchronous table `graphql::rows::RowFields`
/// (see `rows`).
#[proc_macro_attribute]
pub fn row_fields(_: TokenStream, item: TokenStream) -> TokenStream {
    rows::row_fields(item)
}

mod models;

/// On an entity's model: reading it from its row by position, as `entity::row::ReadRow` (see
/// `models`).
#[proc_macro_derive(ReadRow)]
pub fn derive_read_row(item: TokenStream) -> TokenStream {
    models::read_row(item)
}

mod roots;

/// On a root query type's `#[Object]` impl (outside it): a kind's root list, connection and
/// aggregate fields from one `#[root_list(…)]` method, the selection their arguments share (see
/// `roots`).
#[proc_macro_attribute]
pub fn root_lists(_: TokenStream, item: TokenStream) -> TokenStream {
    roots::root_lists(item)
}

mod nodes;

/// On a record type's `#[Object]` impl (outermost): its `id`, `version` and, given `audited`,
/// `history` fields (see `nodes`).
#[proc_macro_attribute]
pub fn node_fields(arguments: TokenStream, item: TokenStream) -> TokenStream {
    nodes::node_fields(arguments, item)
}
