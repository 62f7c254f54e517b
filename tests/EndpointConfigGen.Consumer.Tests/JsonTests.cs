// These tests build wrong requests on purpose to check run-time validation; the analyzers flag them at compile time.
#pragma warning disable ECG001, ECG002, ECG003, ECG004, ECG008, ECG013, ECG014

using System;
using Consumer.Models;
using EndpointConfigGen.Runtime;

namespace Consumer.Tests;

public class JsonTests
{
    [Fact]
    public void Full_request_round_trips_through_json()
    {
        var request = Requests.Full();

        var json = request.ToJson();
        var back = CreateEndpointConfigInput.FromJson(json);

        Assert.Equal(request, back);
        Assert.Equal(request.GetHashCode(), back.GetHashCode());
        Assert.Equal(json, back.ToJson());
        Assert.Equal(request, CreateEndpointConfigInput.FromJson(request.ToJsonUtf8()));
    }

    [Fact]
    public void Members_are_written_in_model_order_and_unset_ones_omitted()
    {
        var request = new CreateEndpointConfigInput
        {
            KmsKeyId = "k",
            ProductionVariants = [new ProductionVariant { VariantName = "v", InitialVariantWeight = 1 }],
            EndpointConfigName = "n",
        };

        Assert.Equal("""{"EndpointConfigName":"n","ProductionVariants":[{"VariantName":"v","InitialVariantWeight":1.0}],"KmsKeyId":"k"}""", request.ToJson());
    }

    [Theory]
    [InlineData("""{"EndpointConfigName":"a","ProductionVariants":[{"VariantName":"v","InitialInstanceCount":"x"}]}""", "$.ProductionVariants[0].InitialInstanceCount")]
    [InlineData("""{"EndpointConfigName":"a","ProductionVariants":[{"VariantName":"v"},{"Bogus":1}]}""", "$.ProductionVariants[1]")]
    [InlineData("""{"EndpointConfigName":"a","ProductionVariants":[{"ModelName":"m"}]}""", "$.ProductionVariants[0]")]
    [InlineData("""{"EndpointConfigName":"a"}""", "$")]
    [InlineData("""{"EndpointConfigName":"a","ProductionVariants":[{"VariantName":"v",}]}""", "$.ProductionVariants[0]")]
    [InlineData("""{"EndpointConfigName":"a","DataCaptureConfig":{"CaptureOptions":[{"CaptureMode":null}]}}""", "$.DataCaptureConfig.CaptureOptions[0].CaptureMode")]
    [InlineData("""[]""", "$")]
    public void Bad_json_names_the_path(string json, string path)
    {
        var error = Assert.Throws<JsonRequestException>(() => CreateEndpointConfigInput.FromJson(json));
        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_members_fail_a_request_but_are_skipped_in_a_response()
    {
        // Joined at run time: as a constant, the analyzers rightly flag the unknown members (ECG016).
        var json = string.Join(",", "{\"EndpointConfigName\":\"c\",\"New\":{\"a\":[1,{\"b\":null}]}", "\"ProductionVariants\":[{\"VariantName\":\"v\",\"Later\":[true]}]", "\"Last\":\"x\"}");

        var error = Assert.Throws<JsonRequestException>(() => CreateEndpointConfigInput.FromJson(json));
        Assert.Contains("Unknown member \"New\"", error.Message, StringComparison.Ordinal);

        var read = JsonSupport.Read(System.Text.Encoding.UTF8.GetBytes(json), CreateEndpointConfigInput.ReadJson, response: true);
        Assert.Equal(new CreateEndpointConfigInput { EndpointConfigName = "c", ProductionVariants = [new ProductionVariant { VariantName = "v" }] }, read);
    }

    [Fact]
    public void Values_compare_by_value_all_the_way_down()
    {
        Assert.Equal(Requests.Full(), Requests.Full());
        Assert.Equal(Requests.Full().GetHashCode(), Requests.Full().GetHashCode());
        Assert.NotEqual(Requests.Full(), Requests.Full() with { Tags = [new Tag { Key = "team", Value = "other" }] });
    }
}
