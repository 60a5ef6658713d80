//! `#[derive(Trace)]`: generates `krait_gc::Trace` for a struct or enum by tracing every field.
//!
//! This is how crates other than `krait-gc` make their types collectable without writing
//! `unsafe` themselves: the generated impl is correct by construction because it visits every
//! field, so the only way to hide a handle from the collector is the explicit
//! `#[trace(skip)]` escape hatch, which may only be put on fields that can never hold a `Gc`
//! (an `Rc<CodeObject>`, a `String`, a number).

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::{format_ident, quote};
use syn::{parse_macro_input, parse_quote, Data, DeriveInput, Fields, GenericParam};

/// Derives `krait_gc::Trace`. Fields marked `#[trace(skip)]` are not traced.
#[proc_macro_derive(Trace, attributes(trace))]
pub fn derive_trace(input: TokenStream) -> TokenStream {
    let mut input = parse_macro_input!(input as DeriveInput);
    for param in &mut input.generics.params {
        if let GenericParam::Type(ty) = param {
            ty.bounds.push(parse_quote!(::krait_gc::Trace));
        }
    }
    let name = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let body = match &input.data {
        Data::Struct(data) => {
            let (pattern, calls) = destructure(&data.fields);
            quote! { let Self #pattern = self; #calls }
        }
        Data::Enum(data) => {
            let arms = data.variants.iter().map(|variant| {
                let ident = &variant.ident;
                let (pattern, calls) = destructure(&variant.fields);
                quote! { Self::#ident #pattern => { #calls } }
            });
            quote! {
                #[allow(unreachable_patterns)]
                match self { #(#arms)* _ => {} }
            }
        }
        Data::Union(_) => {
            return syn::Error::new_spanned(name, "Trace cannot be derived for unions")
                .to_compile_error()
                .into();
        }
    };
    quote! {
        // SAFETY: generated to trace every field not marked `#[trace(skip)]`, and skipped
        // fields are documented to hold no `Gc` handles.
        #[allow(unsafe_code)]
        unsafe impl #impl_generics ::krait_gc::Trace for #name #ty_generics #where_clause {
            #[allow(unused_variables)]
            fn trace(&self, tracer: &mut ::krait_gc::Tracer) {
                #body
            }
        }
    }
    .into()
}

/// A pattern binding every traced field, and the calls tracing them.
fn destructure(fields: &Fields) -> (TokenStream2, TokenStream2) {
    let traced = |field: &syn::Field| !field.attrs.iter().any(is_skip);
    match fields {
        Fields::Named(named) => {
            let names: Vec<_> = named
                .named
                .iter()
                .filter(|f| traced(f))
                .map(|f| f.ident.clone().unwrap())
                .collect();
            (
                quote! { { #(#names,)* .. } },
                quote! { #(::krait_gc::Trace::trace(#names, tracer);)* },
            )
        }
        Fields::Unnamed(unnamed) => {
            let mut binders = Vec::new();
            let mut calls = Vec::new();
            for (i, field) in unnamed.unnamed.iter().enumerate() {
                if traced(field) {
                    let binder = format_ident!("field{}", i);
                    calls.push(quote! { ::krait_gc::Trace::trace(#binder, tracer); });
                    binders.push(quote! { #binder });
                } else {
                    binders.push(quote! { _ });
                }
            }
            (quote! { ( #(#binders),* ) }, quote! { #(#calls)* })
        }
        Fields::Unit => (quote! {}, quote! {}),
    }
}

fn is_skip(attr: &syn::Attribute) -> bool {
    if !attr.path().is_ident("trace") {
        return false;
    }
    let mut skip = false;
    let _ = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("skip") {
            skip = true;
        }
        Ok(())
    });
    skip
}
