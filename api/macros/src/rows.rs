//! `#[row_fields]`, on an `#[Object]` impl: the fields computed from the row alone, as a
//! synchronous table `graphql::rows` reads data-only selections from. A row field is a method
//! `async fn x(&self) -> T` with no other parameter, no `.await`, no `Result` and no attribute
//! but its doc and `#[graphql(name = …)]`; its body is copied into a plain method, so the field
//! is still written once.

use proc_macro::TokenStream;
use proc_macro2::TokenTree;
use quote::{format_ident, quote};
use syn::{
    Attribute, FnArg, GenericArgument, ImplItem, ImplItemFn, ItemImpl, LitStr, PathArguments,
    ReturnType, Type, parse_macro_input,
};

pub fn row_fields(item: TokenStream) -> TokenStream {
    let item = parse_macro_input!(item as ItemImpl);
    let self_type = &item.self_ty;
    let mut accessors = Vec::new();
    let mut arms = Vec::new();
    for method in &item.items {
        let ImplItem::Fn(method) = method else {
            continue;
        };
        let Some(name) = row_field_name(method) else {
            continue;
        };
        let ReturnType::Type(_, returned) = &method.sig.output else {
            continue;
        };
        let accessor = format_ident!("row_field_{}", method.sig.ident);
        let body = &method.block;
        let value = to_value(returned);
        accessors.push(quote! {
            fn #accessor(&self) -> async_graphql::Value {
                let value: #returned = #body;
                #value
            }
        });
        arms.push(quote!(#name => Some(Self::#accessor),));
    }
    quote! {
        #item

        #[doc(hidden)]
        impl #self_type {
            #(#accessors)*
        }

        impl crate::graphql::rows::RowFields for #self_type {
            fn row_field(name: &str) -> Option<fn(&Self) -> async_graphql::Value> {
                match name {
                    #(#arms)*
                    _ => None,
                }
            }
        }
    }
    .into()
}

/// The GraphQL name of `method` if it is a row field: async-graphql's camelCase of its name, or
/// the one `#[graphql(name = …)]` gives.
fn row_field_name(method: &ImplItemFn) -> Option<String> {
    let signature = &method.sig;
    let only_self = signature.inputs.len() == 1
        && matches!(signature.inputs.first(), Some(FnArg::Receiver(receiver)) if receiver.reference.is_some() && receiver.mutability.is_none());
    let plain = signature.asyncness.is_some()
        && signature.generics.params.is_empty()
        && only_self
        && !returns_result(&signature.output)
        && !awaits(quote!(#method).into_iter());
    if !plain {
        return None;
    }
    let mut name = super::lower_camel(&signature.ident.to_string());
    for attribute in &method.attrs {
        if attribute.path().is_ident("doc") {
            continue;
        }
        name = renamed(attribute)?;
    }
    Some(name)
}

/// The name `#[graphql(name = "…")]` gives; `None` for any other attribute, which may change
/// how the field resolves (a guard, a complexity, …).
fn renamed(attribute: &Attribute) -> Option<String> {
    if !attribute.path().is_ident("graphql") {
        return None;
    }
    let mut name = None;
    attribute
        .parse_nested_meta(|meta| {
            if meta.path.is_ident("name") {
                name = Some(meta.value()?.parse::<LitStr>()?.value());
                Ok(())
            } else {
                Err(meta.error("not a row field"))
            }
        })
        .ok()?;
    name
}

fn returns_result(output: &ReturnType) -> bool {
    matches!(output, ReturnType::Type(_, returned) if matches!(&**returned, Type::Path(path)
        if path.path.segments.last().is_some_and(|segment| segment.ident == "Result")))
}

/// Whether the tokens hold an `.await`.
fn awaits(tokens: impl Iterator<Item = TokenTree>) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == "await",
        TokenTree::Group(group) => awaits(group.stream().into_iter()),
        _ => false,
    })
}

/// The expression turning `value: returned` into an `async_graphql::Value`, as async-graphql
/// writes it for the output type (its scalars and enums write themselves as their input form).
fn to_value(returned: &Type) -> proc_macro2::TokenStream {
    if is_str(returned) {
        return quote!(async_graphql::Value::String(value.to_owned()));
    }
    if option_of(returned).is_some_and(is_str) {
        return quote!(value.map_or(async_graphql::Value::Null, |value| {
            async_graphql::Value::String(value.to_owned())
        }));
    }
    quote!(async_graphql::InputType::to_value(&value))
}

fn is_str(returned: &Type) -> bool {
    matches!(returned, Type::Reference(reference)
        if matches!(&*reference.elem, Type::Path(path) if path.path.is_ident("str")))
}

/// `T` of a type written `Option<T>`.
fn option_of(returned: &Type) -> Option<&Type> {
    let Type::Path(path) = returned else {
        return None;
    };
    let segment = path.path.segments.last()?;
    if segment.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return None;
    };
    match arguments.args.first()? {
        GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}
