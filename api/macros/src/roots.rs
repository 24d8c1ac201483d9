//! `#[root_lists]`: a kind's root list, connection and aggregate fields from one declaration of
//! the arguments they share.
//!
//! On an `#[Object]` impl, a method marked `#[root_list(…)]` and named `<base>_selection` takes
//! the simple arguments and the `filter` of the kind's root fields and returns the rows they
//! keep, a `Selection<Node>`. It moves to an impl of its own, and from it come the fields, each
//! with those arguments and then its own:
//! - `<base>` (given `list = "…"`, its description): `orderBy`, `first` and `offset`;
//! - `<base>Connection` (given `connection = "…"`): `orderBy` and the five paging arguments, its
//!   cursors carrying the list name `<base>` in lower camel case;
//! - `<base>Aggregate` (given `aggregate = "…"`): `groupBy`.
//!
//! `items = "…"` names the rows in the descriptions of `first` and `offset`.

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::{format_ident, quote};
use syn::{
    Attribute, FnArg, GenericArgument, Ident, ImplItem, ImplItemFn, ItemImpl, LitStr, Pat,
    PathArguments, ReturnType, Type, parse_macro_input,
};

use super::{lower_camel, paging_arguments};

/// What `#[root_list(…)]` says: the rows' name and the description of each field wanted.
#[derive(Default)]
struct Fields {
    items: Option<LitStr>,
    list: Option<LitStr>,
    connection: Option<LitStr>,
    aggregate: Option<LitStr>,
}

impl Fields {
    fn parse(attribute: &Attribute) -> syn::Result<Self> {
        let mut fields = Self::default();
        attribute.parse_nested_meta(|meta| {
            let slot = if meta.path.is_ident("items") {
                &mut fields.items
            } else if meta.path.is_ident("list") {
                &mut fields.list
            } else if meta.path.is_ident("connection") {
                &mut fields.connection
            } else if meta.path.is_ident("aggregate") {
                &mut fields.aggregate
            } else {
                return Err(meta.error("expected `items`, `list`, `connection` or `aggregate`"));
            };
            *slot = Some(meta.value()?.parse()?);
            Ok(())
        })?;
        Ok(fields)
    }
}

/// One declaration: the selection method and the fields it gives.
struct Declaration {
    selection: ImplItemFn,
    fields: Fields,
}

pub fn root_lists(item: TokenStream) -> TokenStream {
    let item = parse_macro_input!(item as ItemImpl);
    match expand(item) {
        Ok(tokens) => tokens.into(),
        Err(error) => error.to_compile_error().into(),
    }
}

fn expand(mut item: ItemImpl) -> syn::Result<Tokens> {
    let mut declarations = Vec::new();
    let items = std::mem::take(&mut item.items);
    for member in items {
        match member {
            ImplItem::Fn(mut method) => {
                let position = method
                    .attrs
                    .iter()
                    .position(|attribute| attribute.path().is_ident("root_list"));
                match position {
                    Some(at) => {
                        let fields = Fields::parse(&method.attrs.remove(at))?;
                        declarations.push(Declaration {
                            selection: method,
                            fields,
                        });
                    }
                    None => item.items.push(ImplItem::Fn(method)),
                }
            }
            other => item.items.push(other),
        }
    }
    let mut selections = Vec::new();
    for declaration in declarations {
        let generated = declaration_fields(&declaration)?;
        item.items.extend(
            generated
                .into_iter()
                .map(syn::parse2::<ImplItem>)
                .collect::<syn::Result<Vec<_>>>()?,
        );
        selections.push(plain(declaration.selection));
    }
    let self_ty = &item.self_ty;
    let (impl_generics, _, where_clause) = item.generics.split_for_impl();
    Ok(quote! {
        #item
        impl #impl_generics #self_ty #where_clause {
            #(#selections)*
        }
    })
}

/// The selection method as a plain associated function: its arguments without their GraphQL
/// attributes.
fn plain(mut selection: ImplItemFn) -> ImplItemFn {
    for input in &mut selection.sig.inputs {
        if let FnArg::Typed(argument) = input {
            argument
                .attrs
                .retain(|attribute| !attribute.path().is_ident("graphql"));
        }
    }
    selection
}

/// The fields one declaration asks for.
fn declaration_fields(declaration: &Declaration) -> syn::Result<Vec<Tokens>> {
    let Declaration { selection, fields } = declaration;
    let name = selection.sig.ident.to_string();
    let Some(base) = name.strip_suffix("_selection") else {
        return Err(syn::Error::new(
            selection.sig.ident.span(),
            "a `#[root_list]` method is named `<field>_selection`",
        ));
    };
    let node = node_type(&selection.sig.output)?;
    let selection_name = &selection.sig.ident;
    let mut arguments = Vec::new();
    let mut names = Vec::new();
    for input in selection.sig.inputs.iter().skip(1) {
        let FnArg::Typed(argument) = input else {
            return Err(syn::Error::new(
                selection.sig.ident.span(),
                "a selection takes the context and arguments, not `self`",
            ));
        };
        let Pat::Ident(pattern) = &*argument.pat else {
            return Err(syn::Error::new(
                selection.sig.ident.span(),
                "a selection's arguments are plain names",
            ));
        };
        names.push(pattern.ident.clone());
        arguments.push(quote!(#argument,));
    }
    let select = quote!(let selection = Self::#selection_name(ctx, #(#names),*).await?;);
    let roots = quote!(crate::graphql::query::roots);
    let order_by = quote! {
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")]
        order_by: Vec<crate::graphql::lists::OrderBy<<#node as #roots::Listed>::Order>>,
    };
    // One field: the shared arguments, then its own, and a body that starts from the selection.
    let field = |name: Ident, doc: &LitStr, cost: Option<&str>, own: Tokens, output, body| {
        let cost = cost.map(|cost| quote!(#[graphql(complexity = #cost)]));
        quote! {
            #[doc = #doc]
            #cost
            #[allow(clippy::too_many_arguments)]
            async fn #name(
                &self,
                ctx: &async_graphql::Context<'_>,
                #(#arguments)*
                #own
            ) -> async_graphql::Result<#output> {
                #body
            }
        }
    };
    let mut generated = Vec::new();
    if let Some(doc) = &fields.list {
        let items = fields.items.as_ref().ok_or_else(|| {
            syn::Error::new(selection.sig.ident.span(), "a list names its `items`")
        })?;
        let described = |text: String| LitStr::new(&text, items.span());
        let first = described(format!(
            "How many {} to return at most (up to the server's maximum page size).",
            items.value()
        ));
        let offset = described(format!("How many {} to skip.", items.value()));
        generated.push(field(
            Ident::new(base, Span::call_site()),
            doc,
            Some("crate::graphql::page_cost(first, child_complexity)"),
            quote! {
                #order_by
                #[graphql(default = 100, desc = #first)] first: i32,
                #[graphql(default, desc = #offset)] offset: i32,
            },
            quote!(crate::graphql::rows::Rows<#node>),
            quote! {
                let paging = crate::graphql::query::page(ctx, first, offset)?;
                #select
                Ok(selection.list(ctx, &order_by, paging).await?)
            },
        ));
    }
    if let Some(doc) = &fields.connection {
        let list = LitStr::new(&lower_camel(base), Span::call_site());
        let paging = paging_arguments();
        generated.push(field(
            format_ident!("{base}_connection"),
            doc,
            Some("crate::graphql::connection_cost(first, last, child_complexity)"),
            quote!(#order_by #paging),
            quote!(crate::graphql::connection::Page<#node>),
            quote! {
                let page = crate::graphql::connection::PageArgs { first, after, last, before, offset };
                #select
                Ok(selection.connection(ctx, #list, &order_by, page).await?)
            },
        ));
    }
    if let Some(doc) = &fields.aggregate {
        let aggregated = quote!(<#node as #roots::Aggregated>);
        generated.push(field(
            format_ident!("{base}_aggregate"),
            doc,
            None,
            quote! {
                #[graphql(default, desc = "Keys to group by; none gives only the total.")]
                group_by: Vec<#aggregated::GroupKey>,
            },
            quote!(#aggregated::Aggregate),
            quote! {
                #select
                Ok(#aggregated::aggregate(ctx, selection, group_by).await?)
            },
        ));
    }
    Ok(generated)
}

/// `Node` of a selection's return type `…<Selection<Node>>`.
fn node_type(output: &ReturnType) -> syn::Result<Type> {
    fn find(ty: &Type) -> Option<Type> {
        let Type::Path(path) = ty else {
            return None;
        };
        let segment = path.path.segments.last()?;
        let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
            return None;
        };
        arguments.args.iter().find_map(|argument| match argument {
            GenericArgument::Type(inner) if segment.ident == "Selection" => Some(inner.clone()),
            GenericArgument::Type(inner) => find(inner),
            _ => None,
        })
    }
    match output {
        ReturnType::Type(_, ty) => find(ty),
        ReturnType::Default => None,
    }
    .ok_or_else(|| {
        syn::Error::new(
            Span::call_site(),
            "a selection returns `…<Selection<Node>>`",
        )
    })
}
